// Keeps an editor's unsaved input in localStorage until the server confirms the save.

// A draft slot named `key`. load() gives {data, baseVersion, savedAt} or null.
export function draftStore(key) {
  const storageKey = `truenorth.draft.${key}`;
  return {
    load() {
      try {
        return JSON.parse(localStorage.getItem(storageKey));
      } catch {
        return null;
      }
    },
    save(data, baseVersion) {
      try {
        localStorage.setItem(storageKey, JSON.stringify({ data, baseVersion, savedAt: new Date().toISOString() }));
      } catch {
        // Storage full or disabled: the form still holds the text; the unsaved-changes guard still warns.
      }
    },
    clear() {
      localStorage.removeItem(storageKey);
    },
  };
}
