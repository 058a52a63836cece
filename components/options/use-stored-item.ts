import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/** A storage item's value, kept up to date as it changes; undefined until it has been read. */
export function useStoredItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let gone = false;
    void item.getValue().then((first) => !gone && setValue(first));
    const stop = item.watch((next) => setValue(next));
    return () => {
      gone = true;
      stop();
    };
  }, [item]);
  return value;
}
