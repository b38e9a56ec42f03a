// Mounts the React sample of docs/frameworks.md as it is written.
import { createRoot } from 'react-dom/client';
import { Cockpit } from './samples/frameworks-react';

createRoot(document.getElementById('root')!).render(<Cockpit csrfToken="interop-csrf" />);
