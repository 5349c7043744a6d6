//! The API tests, as one binary: each module drives a real server process
//! (`support`) over HTTP, on SQLite, and on PostgreSQL when `DATABASE_URL`
//! names one.

mod support;

mod applications;
mod audit;
mod backup;
mod contract;
mod conversation;
mod crash;
mod dashboard;
mod deploy;
mod erasure;
mod hardening;
mod metrics;
mod moving;
mod notifications;
mod review;
mod service;
mod sessions;
mod sharing;
mod spaces;
mod sso;
mod status;
mod surveys;
mod team;
