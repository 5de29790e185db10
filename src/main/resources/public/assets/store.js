// The phone's own storage (IndexedDB): the outbox of writes not yet acknowledged, and the last data read,
// so the app shows what it knew when the network is gone. Usable from the page and from the service worker.
const DB = 'steward';
let opened = null;

function open() {
  if (!opened) {
    opened = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true }).createIndex('account', 'account');
        db.createObjectStore('cache', { keyPath: 'key' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return opened;
}

async function run(storeName, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, mode);
    const result = work(tx.objectStore(storeName));
    tx.oncomplete = () => resolve(result && 'result' in result ? result.result : result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function put(storeName, value) {
  return run(storeName, 'readwrite', (store) => store.put(value));
}

export function get(storeName, key) {
  return run(storeName, 'readonly', (store) => store.get(key));
}

export function remove(storeName, key) {
  return run(storeName, 'readwrite', (store) => store.delete(key));
}

export function byAccount(account) {
  return run('outbox', 'readonly', (store) => store.index('account').getAll(account));
}

export async function cached(account, path) {
  const entry = await get('cache', `${account} ${path}`);
  return entry ? entry.data : undefined;
}

export function remember(account, path, data) {
  return put('cache', { key: `${account} ${path}`, data, at: Date.now() });
}
