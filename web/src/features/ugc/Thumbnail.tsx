import { useState } from 'react';

export function safeUrl(u: string): string | null {
  try {
    const url = new URL(u);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A photo's thumbnail (a video or a picture that does not load shows as a link). */
export function Thumbnail({ url, kind }: { url: string; kind: string }) {
  const [failed, setFailed] = useState(false);
  const safe = safeUrl(url);
  if (!safe) return <span className="muted">{kind}</span>;
  if (kind !== 'photo' || failed)
    return (
      <a href={safe} target="_blank" rel="noopener noreferrer nofollow">
        {kind}
      </a>
    );
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow">
      <img
        className="thumb"
        src={safe}
        alt={`${kind} from the customer`}
        loading="lazy"
        referrerPolicy="no-referrer"
        onError={() => setFailed(true)}
      />
    </a>
  );
}
