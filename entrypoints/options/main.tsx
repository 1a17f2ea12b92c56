import { render } from 'preact';
import { Placeholder } from '@/src/ui/Placeholder';

render(
  <Placeholder title="Poise options">
    <p>Poise runs entirely on your machine: no network requests, and no email text is ever stored.</p>
  </Placeholder>,
  document.getElementById('app')!,
);
