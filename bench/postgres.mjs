// A fresh database on the PostgreSQL server DATABASE_URL names, for one
// benchmark run, dropped afterwards.
import { execFileSync } from 'node:child_process';

/**
 * Runs `measure(url)` on a new database `<prefix>_<pid>` of the server
 * DATABASE_URL names, and drops it; undefined when DATABASE_URL names none.
 */
export async function onFreshPostgres(prefix, measure) {
  const server = process.env.DATABASE_URL || '';
  if (!/^postgres(ql)?:\/\//.test(server)) return undefined;
  const name = `${prefix}_${process.pid}`;
  execFileSync('psql', [server, '-qc', `DROP DATABASE IF EXISTS ${name}`]);
  execFileSync('psql', [server, '-qc', `CREATE DATABASE ${name}`]);
  const [base, query] = server.split('?');
  const url = `${base.slice(0, base.lastIndexOf('/'))}/${name}${query ? `?${query}` : ''}`;
  try {
    return await measure(url);
  } finally {
    execFileSync('psql', [server, '-qc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
  }
}
