/** The root route: the layout around every page and the page for an unknown address; every feature's routes hang under it. */
import { createRootRoute } from '@tanstack/react-router';
import { Layout } from '../components/Layout';
import { NotFoundPage } from '../components/NotFoundPage';

export const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFoundPage });
