/** A page that says plainly what it will show and how to start, until its issue fills it in. */
export function Placeholder({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <main class="poise-page" style={{ font: '14px/1.5 system-ui, sans-serif', padding: '16px', maxWidth: '36rem' }}>
      <h1 style={{ fontSize: '18px', margin: '0 0 8px' }}>{title}</h1>
      {children}
    </main>
  );
}
