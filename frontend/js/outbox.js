// The offline outbox (待发送): every field record waits in IndexedDB, with
// its photos as Blobs, until the server has it. This file only stores and
// reads; what to send and when is decided in Rust (src/outbox/).
//
// One object store, `items`, keyed by the record's idempotency key. Each
// value is { id, meta, photos }: `meta` is the Rust side's JSON (the draft,
// the photo ids already uploaded, the retry state) and `photos` the Blobs,
// which IndexedDB keeps natively (no base64, no size blow-up).

const DB_NAME = 'safegrid-outbox';
const STORE = 'items';

let opening = null;

function database() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        opening = null; // let a later call try again
        reject(request.error);
      };
    });
  }
  return opening;
}

// Runs `work(store)` in one transaction and resolves with the result of the
// request it returns, only once the transaction has committed: a record the
// user was told is "saved" must really be on disk. Writes ask for strict
// durability (flushed before `complete`), as a phone may die in the field.
function transact(mode, work) {
  return database().then((db) => new Promise((resolve, reject) => {
    const tx = mode === 'readwrite'
      ? db.transaction(STORE, mode, { durability: 'strict' })
      : db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'));
  }));
}

/** Adds or replaces an item: `meta` a JSON string with an `id`, `photos` an Array of Blobs. */
export function outboxPut(meta, photos) {
  const id = JSON.parse(meta).id;
  return transact('readwrite', (store) => store.put({ id, meta, photos }));
}

/** Replaces an item's meta, keeping its photos; does nothing if it is gone (discarded meanwhile). */
export function outboxSetMeta(id, meta) {
  return transact('readwrite', (store) => {
    const found = store.get(id);
    found.onsuccess = () => {
      if (found.result) store.put({ ...found.result, meta });
    };
    return null;
  });
}

/** Every item's meta JSON, without the photos (lists and counts). */
export async function outboxList() {
  const all = await transact('readonly', (store) => store.getAll());
  return (all || []).map((item) => item.meta);
}

/** One item as { meta, photos }, or null. */
export async function outboxGet(id) {
  const item = await transact('readonly', (store) => store.get(id));
  return item ? { meta: item.meta, photos: item.photos } : null;
}

export function outboxDelete(id) {
  return transact('readwrite', (store) => store.delete(id));
}
