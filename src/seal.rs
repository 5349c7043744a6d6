//! A survey draft sealed before it leaves the browser: AES-GCM (the
//! browser's Web Crypto) with a key derived by SHA-256 from the invitation
//! secret. The server never keeps that secret, so it cannot read what it
//! stores of a draft; any device with the invitation can.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

/// The bytes of the random nonce written before the ciphertext.
const NONCE_BYTES: usize = 12;

fn subtle() -> Result<(web_sys::Crypto, SubtleCrypto), JsValue> {
    let crypto = web_sys::window().ok_or(JsValue::NULL)?.crypto()?;
    let subtle = crypto.subtle();
    Ok((crypto, subtle))
}

async fn key(subtle: &SubtleCrypto, secret: &str) -> Result<CryptoKey, JsValue> {
    let material = format!("portal-survey-draft:{secret}");
    let digest =
        JsFuture::from(subtle.digest_with_str_and_u8_array("SHA-256", material.as_bytes())?)
            .await?;
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = subtle.import_key_with_str(
        "raw",
        digest.unchecked_ref::<Object>(),
        "AES-GCM",
        false,
        &usages,
    )?;
    Ok(JsFuture::from(key).await?.unchecked_into())
}

fn algorithm(nonce: &[u8]) -> Result<Object, JsValue> {
    let algorithm = Object::new();
    Reflect::set(&algorithm, &"name".into(), &"AES-GCM".into())?;
    Reflect::set(&algorithm, &"iv".into(), &Uint8Array::from(nonce))?;
    Ok(algorithm)
}

/// Bytes as base64, through the browser's `btoa`.
fn to_base64(bytes: &[u8]) -> Result<String, JsValue> {
    let binary: String = bytes.iter().map(|b| char::from(*b)).collect();
    web_sys::window().ok_or(JsValue::NULL)?.btoa(&binary)
}

fn from_base64(text: &str) -> Result<Vec<u8>, JsValue> {
    let binary = web_sys::window().ok_or(JsValue::NULL)?.atob(text)?;
    binary
        .chars()
        .map(|c| u8::try_from(u32::from(c)).map_err(|_| JsValue::NULL))
        .collect()
}

async fn try_seal(secret: &str, plain: &str) -> Result<String, JsValue> {
    let (crypto, subtle) = subtle()?;
    let key = key(&subtle, secret).await?;
    let mut nonce = [0u8; NONCE_BYTES];
    crypto.get_random_values_with_u8_array(&mut nonce)?;
    let sealed =
        subtle.encrypt_with_object_and_u8_array(&algorithm(&nonce)?, &key, plain.as_bytes())?;
    let sealed = Uint8Array::new(&JsFuture::from(sealed).await?).to_vec();
    to_base64(&[nonce.as_slice(), &sealed].concat())
}

async fn try_open(secret: &str, sealed: &str) -> Result<String, JsValue> {
    let bytes = from_base64(sealed)?;
    if bytes.len() <= NONCE_BYTES {
        return Err(JsValue::NULL);
    }
    let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
    let (_, subtle) = subtle()?;
    let key = key(&subtle, secret).await?;
    let plain = subtle.decrypt_with_object_and_u8_array(&algorithm(nonce)?, &key, ciphertext)?;
    let plain = Uint8Array::new(&JsFuture::from(plain).await?).to_vec();
    String::from_utf8(plain).map_err(|_| JsValue::NULL)
}

/// `plain` sealed with the key of `secret`, as base64; `None` where the
/// browser offers no Web Crypto (then the draft stays on this device).
pub async fn seal(secret: &str, plain: &str) -> Option<String> {
    try_seal(secret, plain).await.ok()
}

/// What [`seal`] sealed with the key of `secret`; `None` if it was sealed
/// with another key or changed.
pub async fn open(secret: &str, sealed: &str) -> Option<String> {
    try_open(secret, sealed).await.ok()
}
