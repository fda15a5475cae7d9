import { useState } from 'react';
import type { ThemeList } from '../../../../contracts/issues.js';
import { Load, formatDate } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { AddPhraseForm } from './PhrasesSettingsPage.js';
import { SettingsFrame } from './settings-shared.js';

/**
 * GET /api/themes: complaints no issue type fits well, grouped by wording. Promoting one stores a
 * seller phrase (POST /api/triage/rules) for the issue type the seller picks, so the next signals
 * worded that way are triaged to it.
 */
export function ThemesSettingsPage() {
  const data = useApi<ThemeList>('/api/themes');
  const [promoted, setPromoted] = useState<string[]>([]);
  return (
    <SettingsFrame title="Emerging themes">
      <p className="muted">
        Recent signals that no issue type fits well, grouped by their words. Promote a theme to give triage a phrase for it.
      </p>
      <Load value={data} what="the emerging themes">
        {(list) =>
          list.items.length === 0 ? (
            <p className="muted">No emerging themes: every recent signal fits an issue type.</p>
          ) : (
            <ul className="themes">
              {list.items.map((t) => (
                <li key={t.id} className="panel" aria-label={`Theme ${t.topTerms.slice(0, 3).join(', ')}`}>
                  <h2>
                    {t.topTerms.slice(0, 4).join(' · ')} <span className="muted">({t.size} signals)</span>
                  </h2>
                  <p className="quote">{t.representativeWording}</p>
                  <p className="muted">
                    SKUs: {t.skus.join(', ') || 'none'} · since {formatDate(t.windowFrom)}
                  </p>
                  {promoted.includes(t.id) ? (
                    <p role="status">Promoted: see Triage phrases.</p>
                  ) : (
                    <details>
                      <summary>Promote “{t.topTerms.slice(0, 2).join(' ')}” to a triage phrase</summary>
                      <AddPhraseForm
                        label={`Promote theme ${t.topTerms.slice(0, 2).join(' ')}`}
                        initialPhrase={t.topTerms.slice(0, 2).join(' ')}
                        actor={`theme ${t.id}`}
                        onAdded={() => setPromoted((p) => [...p, t.id])}
                      />
                    </details>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Load>
    </SettingsFrame>
  );
}
