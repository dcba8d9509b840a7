import { useEffect } from 'react';
import { useApp } from '../../store/store-context';

/** Puts the theme and density settings on <html>, where the style tokens read them. */
export function useAppearance(): void {
  const theme = useApp((s) => s.settings?.theme ?? 'system');
  const density = useApp((s) => s.settings?.density ?? 'comfortable');
  useEffect(() => {
    const root = document.documentElement;
    // 'system' leaves the attribute off, so the OS's colour scheme decides (and follows its changes).
    if (theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = theme;
    root.dataset['density'] = density;
  }, [theme, density]);
}
