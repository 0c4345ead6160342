export { localDateTime, localDay, offsetMinutes, offsetText, todayIn } from './local-time'
export {
  isTimeZone,
  timeZoneOfProvince,
  zoneName,
  ZONE_NAMES,
  type IndonesianZone,
} from './time-zones'
