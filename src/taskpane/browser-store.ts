/**
 * What the pane keeps in this browser's localStorage (never shared beyond this machine), one key a store: the custom
 * editions, the user's code lists, the 插入模板 form's last code and name. A value is written as JSON and read back
 * through `read`, which keeps only what is valid: anything else — absent, corrupt, or from an older version — reads
 * as the store's empty value. A full or disabled storage is not an error.
 */
export interface BrowserStore<T> {
  load(storage: Pick<Storage, 'getItem'> | undefined): T;
  save(storage: Pick<Storage, 'setItem'> | undefined, value: T): void;
}

/** localStorage where the host allows it. */
export const browserStorage = (): Storage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

/** The store under `key`: `read` gets the parsed JSON (undefined when absent or corrupt) and returns what is valid. */
export function browserStore<T>(key: string, read: (stored: unknown) => T): BrowserStore<T> {
  return {
    load(storage) {
      let v: unknown;
      try {
        const raw = storage?.getItem(key);
        v = raw ? (JSON.parse(raw) as unknown) : undefined;
      } catch {
        v = undefined;
      }
      return read(v);
    },
    save(storage, value) {
      try {
        storage?.setItem(key, JSON.stringify(value));
      } catch {
        /* storage full or disabled */
      }
    },
  };
}

/** A list under `key`, keeping the items that pass `valid`. */
export const storedList = <T>(key: string, valid: (x: unknown) => x is T): BrowserStore<T[]> =>
  browserStore(key, (v) => (Array.isArray(v) ? v.filter(valid) : []));
