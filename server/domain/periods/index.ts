// Calendar periods of reports and follow-ups: pure functions over YYYY-MM-DD days.
export * from './calendar-days'
export * from './report-period'
