/** Learner routes: a course's page, its lesson player, and the learner's own courses. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../routing/root-route';

const course = createRoute({
  getParentRoute: () => rootRoute,
  path: '/courses/$courseId',
  component: lazyRouteComponent(() => import('./CoursePage'), 'CoursePage'),
});
const lessonPlayer = createRoute({
  getParentRoute: () => rootRoute,
  path: '/courses/$courseId/learn/$lessonKey',
  component: lazyRouteComponent(() => import('./LessonPlayerPage'), 'LessonPlayerPage'),
});
const myLearning = createRoute({
  getParentRoute: () => rootRoute,
  path: '/my-learning',
  component: lazyRouteComponent(() => import('./MyLearningPage'), 'MyLearningPage'),
});

export const learningRoutes = [course, lessonPlayer, myLearning] as const;
