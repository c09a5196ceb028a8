/**
 * A list kept in this browser's localStorage under one key (the pane's custom editions, the user's code lists): read
 * back keeping only the items that pass `valid` (anything else — absent, corrupt, or from an older version — reads as
 * an empty list), written as JSON; a full or disabled storage is not an error.
 */
export interface StoredList<T> {
  load(storage: Pick<Storage, 'getItem'> | undefined): T[];
  save(storage: Pick<Storage, 'setItem'> | undefined, list: T[]): void;
}

export function storedList<T>(key: string, valid: (x: unknown) => x is T): StoredList<T> {
  return {
    load(storage) {
      try {
        const v = JSON.parse(storage?.getItem(key) ?? '[]') as unknown;
        return Array.isArray(v) ? v.filter(valid) : [];
      } catch {
        return [];
      }
    },
    save(storage, list) {
      try {
        storage?.setItem(key, JSON.stringify(list));
      } catch {
        /* storage full or disabled */
      }
    },
  };
}
