// Small browser facilities the Rust side would need many web-sys bindings
// for: the idempotency key, the phone's position, a narrow-screen check.

/** A random UUID v4. `crypto.randomUUID` exists only on https and localhost;
 *  a township's intranet address over plain http still has getRandomValues. */
export function uuidV4() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The phone's position as { latitude, longitude, accuracy } (metres), or
 *  rejects with the GeolocationPositionError code as a string:
 *  "1" denied, "2" unavailable, "3" timeout, "0" no geolocation at all. */
export function locate() {
  return new Promise((resolve, reject) => {
    if (!navigator.geolocation) {
      reject('0');
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude, accuracy: p.coords.accuracy }),
      (e) => reject(String(e.code)),
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 },
    );
  });
}

/** True on a phone-sized screen (the app's CSS breakpoint). */
export function isNarrow() {
  return window.matchMedia('(max-width: 719px)').matches;
}

/** True unless the browser knows it has no network. */
export function isOnline() {
  return navigator.onLine !== false;
}
