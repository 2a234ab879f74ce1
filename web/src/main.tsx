import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { i18nReady } from './i18n';
import './styles.css';
import { queryClient } from './api/query-client';
import { router } from './router';

/** Renders the app once the first language's strings are in (the shell stays on screen until then). */
function render(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void i18nReady.then(() => render(root));
