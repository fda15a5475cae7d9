import { useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'writeback.theme';

/** Light and dark follow prefers-color-scheme unless the person picked one; the pick is remembered. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(() => (localStorage.getItem(KEY) as ThemeChoice | null) ?? 'system');
  useEffect(() => {
    if (choice === 'system') {
      delete document.documentElement.dataset.theme;
      localStorage.removeItem(KEY);
    } else {
      document.documentElement.dataset.theme = choice;
      localStorage.setItem(KEY, choice);
    }
  }, [choice]);
  return [choice, setChoice];
}
