import { useEffect, useState } from 'react';

interface SignalRow { id: number; channel: string; receivedAt: string; sku: string | null; text: string }

/** First screen: the newest signals. Customer words are rendered as text nodes only. */
export function App() {
  const [rows, setRows] = useState<SignalRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch('/api/signals?limit=50').then((r) => r.json()).then((b) => setRows(b.items ?? []), (e) => setError(String(e)));
  }, []);
  return (
    <main>
      <h1>Writeback</h1>
      {error && <p role="alert">{error}</p>}
      <table>
        <thead><tr><th>Received</th><th>Channel</th><th>SKU</th><th>Wording</th></tr></thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}><td>{s.receivedAt.slice(0, 16)}</td><td>{s.channel}</td><td>{s.sku ?? ''}</td><td>{s.text}</td></tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
