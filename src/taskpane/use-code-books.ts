/** The code tables (a separate chunk, loaded when first used) with the user's own lists in front of them. */
import { useEffect, useState } from 'react';
import { buildBooks, type CodeBooks, type CodeData } from '../core/codes/books';
import type { UserCodeList } from '../core/codes/codebook';

let dataPromise: Promise<CodeData> | null = null;
const loadData = () => (dataPromise ??= import(/* webpackChunkName: "codes" */ '../core/codes/data.generated'));

export function useCodeBooks(userLists: UserCodeList[], failed: (e: unknown) => void): CodeBooks | null {
  const [books, setBooks] = useState<CodeBooks | null>(null);
  useEffect(() => {
    let live = true;
    loadData()
      .then((d) => live && setBooks(buildBooks(d, userLists)))
      .catch(failed);
    return () => {
      live = false;
    };
  }, [userLists]);
  return books;
}
