/** The home route: the landing page, loaded with the app (not on demand). */
import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';
import { HomePage } from './HomePage';

const home = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

export const homeRoutes = [home] as const;
