//! Opaque secrets (refresh tokens, API tokens): 256 random bits shown once,
//! only their SHA-256 stored.
use rand::RngCore;
use sha2::{Digest, Sha256};

pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}
