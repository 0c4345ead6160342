// The sections of a program's page, rendered as tabs and as child routes of /programs/:id.
// Later features (questionnaires, dashboard) add an entry here.
import type { Component } from 'solid-js'
import { lazy } from 'solid-js'

export interface ProgramTab {
  /** Path under /programs/:id ('/' for the first tab). */
  path: string
  label: { id: string; en: string }
  component: Component
}

export const PROGRAM_TABS: ProgramTab[] = [
  {
    path: '/',
    label: { id: 'Informasi', en: 'Information' },
    component: lazy(() => import('./ProgramInfo')),
  },
  {
    path: '/questionnaires',
    label: { id: 'Kuesioner', en: 'Questionnaires' },
    component: lazy(() => import('../questionnaires/QuestionnairesTab')),
  },
  {
    path: '/dashboard',
    label: { id: 'Dasbor', en: 'Dashboard' },
    component: lazy(() => import('../dashboard/DashboardPage')),
  },
  {
    path: '/responses',
    label: { id: 'Tanggapan', en: 'Responses' },
    component: lazy(() => import('../responses/ResponsesTab')),
  },
  {
    path: '/assessment',
    label: { id: 'Penilaian', en: 'Assessment' },
    component: lazy(() => import('../evaluation/AssessmentTab')),
  },
]
