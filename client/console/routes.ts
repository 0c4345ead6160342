// The console's pages. Everything but /login sits inside the Shell, which checks the session;
// pages load lazily so the first screen stays small.
import type { RouteDefinition } from '@solidjs/router'
import { lazy } from 'solid-js'
import { PROGRAM_TABS } from './program/program-tabs'
import { NotFoundPage } from './shell/NotFoundPage'
import { Shell } from './shell/Shell'

export const routes: RouteDefinition[] = [
  { path: '/login', component: lazy(() => import('./login/LoginPage')) },
  {
    path: '/',
    component: Shell,
    children: [
      { path: '/', component: lazy(() => import('./programs/ProgramsPage')) },
      {
        path: '/programs/:id/print',
        component: lazy(() => import('./dashboard/PrintPage')),
      },
      {
        path: '/programs/:id',
        component: lazy(() => import('./program/ProgramLayout')),
        children: PROGRAM_TABS.map((tab) => ({ path: tab.path, component: tab.component })),
      },
      {
        path: '/questionnaires/:id',
        component: lazy(() => import('./questionnaires/BuilderPage')),
      },
      {
        path: '/responses/:id',
        component: lazy(() => import('./responses/detail/ResponsePage')),
      },
      {
        path: '/receipts/:receipt',
        component: lazy(() => import('./responses/detail/ReceiptPage')),
      },
      { path: '/users', component: lazy(() => import('./users/UsersPage')) },
      { path: '/regions', component: lazy(() => import('./regions/RegionsPage')) },
      { path: '/evaluations', component: lazy(() => import('./evaluation/EvaluationStart')) },
      { path: '/comparison', component: lazy(() => import('./comparison/ComparisonPage')) },
      {
        path: '/evaluations/:regionId',
        component: lazy(() => import('./comparison/TrajectoryPage')),
      },
      {
        path: '/evaluations/:regionId/:year',
        component: lazy(() => import('./evaluation/EvaluationPage')),
      },
      { path: '*404', component: NotFoundPage },
    ],
  },
]
