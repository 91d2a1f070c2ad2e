// Typed calls to the desktop shell. Every command either returns its value or throws
// an ErrorPayload ({ code, message, field }) that forms show beside the field.
import { invoke } from '@tauri-apps/api/core';
import type {
  AppInfo,
  BackupFile,
  House,
  Outside,
  OutsideInput,
  Resident,
  ResidentInput,
  ResidentStatus,
  Rule,
  RuleInput,
  Slip,
  Award,
  Birthday,
  CountsInput,
  Member,
  MemberInput,
  Milestone,
  MilestoneInput,
  Night,
  Occurrence,
  ReportRow,
  Scheme,
  Stock,
  WeekPoint,
  CalendarQuery,
  CalendarView,
  Closure,
  ConferencePreview,
  ErrorPayload,
  Exception,
  Feed,
  FeedInput,
  Fellowship,
  Format,
  Group,
  GroupInput,
  ImportReport,
  ImportRequest,
  Meeting,
  MeetingInput,
  MeetingPage,
  MeetingQuery,
  OldBackups,
  Overview,
  PublishReport,
  Role,
  Run,
  Source,
  Target,
  TargetInput,
  Venue,
} from './bindings';

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

/** Turns anything thrown into an ErrorPayload, so callers handle one shape. */
export function asError(e: unknown): ErrorPayload {
  if (isErrorPayload(e)) return e;
  return { code: 'app.unexpected', message: String(e), field: null };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw asError(e);
  }
}

export const api = {
  appInfo: () => call<AppInfo>('app_info'),
  searchMeetings: (query: MeetingQuery) => call<MeetingPage>('search_meetings', { query }),
  getMeeting: (id: number) => call<Meeting>('get_meeting', { id }),
  createMeeting: (input: MeetingInput) => call<Meeting>('create_meeting', { input }),
  updateMeeting: (id: number, input: MeetingInput) => call<Meeting>('update_meeting', { id, input }),
  deleteMeeting: (id: number) => call<null>('delete_meeting', { id }),
  listVenues: () => call<Venue[]>('list_venues'),
  listTimezones: () => call<string[]>('list_timezones'),
  listGroups: () => call<Group[]>('list_groups'),
  createGroup: (input: GroupInput) => call<Group>('create_group', { input }),
  listFormats: (fellowship: Fellowship) => call<Format[]>('list_formats', { fellowship }),
  previewConference: (url: string, dialIn: string, meetingId: string, passcode: string) =>
    call<ConferencePreview>('preview_conference', { url, dialIn, meetingId, passcode }),
  calendarView: (query: CalendarQuery) => call<CalendarView>('calendar_view', { query }),
  meetingDates: (meetingId: number, from: string, to: string) => call<string[]>('meeting_dates', { meetingId, from, to }),
  listExceptions: (meetingId: number) => call<Exception[]>('list_exceptions', { meetingId }),
  setException: (meetingId: number, exception: Exception) => call<null>('set_exception', { meetingId, exception }),
  clearException: (meetingId: number, occurrence: string) => call<null>('clear_exception', { meetingId, occurrence }),
  listClosures: (meetingId: number) => call<Closure[]>('list_closures', { meetingId }),
  addClosure: (meetingId: number, from: string, to: string, reason: string) =>
    call<Closure>('add_closure', { meetingId, from, to, reason }),
  removeClosure: (id: number) => call<null>('remove_closure', { id }),
  setRoster: (meetingId: number, occurrence: string, role: Role, person: string) =>
    call<null>('set_roster', { meetingId, occurrence, role, person }),
  feedsOverview: () => call<Overview>('feeds_overview'),
  setFeedSharing: (lan: boolean) => call<Overview>('set_feed_sharing', { lan }),
  createFeed: (input: FeedInput) => call<Feed>('create_feed', { input }),
  deleteFeed: (id: number) => call<null>('delete_feed', { id }),
  saveFlyer: (feedId: number, language: string) => call<string | null>('save_flyer', { feedId, language }),
  openDocument: (path: string) => call<null>('open_document', { path }),
  pickImportFile: () => call<string | null>('pick_import_file'),
  listPublishTargets: () => call<Target[]>('list_publish_targets'),
  addPublishTarget: (input: TargetInput) => call<Target>('add_publish_target', { input }),
  removePublishTarget: (id: number) => call<null>('remove_publish_target', { id }),
  publishNow: (id: number) => call<PublishReport>('publish_now', { id }),
  importPreview: (request: ImportRequest) => call<ImportReport>('import_preview', { request }),
  importApply: (request: ImportRequest) => call<ImportReport>('import_apply', { request }),
  listSources: () => call<Source[]>('list_sources'),
  sourceRuns: (id: number) => call<Run[]>('source_runs', { id }),
  setSourceRefresh: (id: number, minutes: number | null) => call<null>('set_source_refresh', { id, minutes }),
  deleteSource: (id: number) => call<null>('delete_source', { id }),
  refreshSource: (id: number) => call<ImportReport>('refresh_source', { id }),
  listMembers: (groupId: number | null) => call<Member[]>('list_members', { groupId }),
  createMember: (input: MemberInput) => call<Member>('create_member', { input }),
  updateMember: (id: number, input: MemberInput) => call<Member>('update_member', { id, input }),
  recordRelapse: (id: number, cleanDate: string) => call<Member>('record_relapse', { id, cleanDate }),
  forgetMember: (id: number) => call<null>('forget_member', { id }),
  nearestOccurrence: () => call<Occurrence | null>('nearest_occurrence'),
  tonightMeetings: () => call<Occurrence[]>('tonight_meetings'),
  meetingNight: (meetingId: number, occurrence: string) => call<Night>('meeting_night', { meetingId, occurrence }),
  checkIn: (meetingId: number, occurrence: string, memberId: number) => call<Night>('check_in', { meetingId, occurrence, memberId }),
  undoCheckIn: (meetingId: number, occurrence: string, memberId: number) => call<Night>('undo_check_in', { meetingId, occurrence, memberId }),
  addNewcomer: (meetingId: number, occurrence: string, nickname: string, cleanDate: string | null) =>
    call<Night>('add_newcomer', { meetingId, occurrence, nickname, cleanDate }),
  setCounts: (meetingId: number, occurrence: string, counts: CountsInput) => call<Night>('set_counts', { meetingId, occurrence, counts }),
  awardChip: (meetingId: number, occurrence: string, memberId: number, milestoneId: number, nth: number) =>
    call<Night>('award_chip', { meetingId, occurrence, memberId, milestoneId, nth }),
  undoAward: (meetingId: number, occurrence: string, awardId: number) => call<Night>('undo_award', { meetingId, occurrence, awardId }),
  attendanceReport: (meetingId: number, from: string, to: string) => call<ReportRow[]>('attendance_report', { meetingId, from, to }),
  saveAttendanceCsv: (meetingId: number, from: string, to: string) => call<string | null>('save_attendance_csv', { meetingId, from, to }),
  attendanceTrends: (meetingId: number, weeks: number) => call<WeekPoint[]>('attendance_trends', { meetingId, weeks }),
  chipSchemes: () => call<Scheme[]>('chip_schemes'),
  customiseChips: (groupId: number) => call<Scheme[]>('customise_chips', { groupId }),
  addMilestone: (schemeId: number, input: MilestoneInput) => call<Milestone>('add_milestone', { schemeId, input }),
  removeMilestone: (id: number) => call<null>('remove_milestone', { id }),
  chipInventory: () => call<Stock[]>('chip_inventory'),
  setChipStock: (milestoneId: number, onHand: number, reorderAt: number) => call<null>('set_chip_stock', { milestoneId, onHand, reorderAt }),
  birthdays: (groupId: number | null, year: number, month: number) => call<Birthday[]>('birthdays', { groupId, year, month }),
  memberAwards: (memberId: number) => call<Award[]>('member_awards', { memberId }),
  listHouses: () => call<House[]>('list_houses'),
  createHouse: (name: string, notes: string) => call<House>('create_house', { name, notes }),
  deleteHouse: (id: number) => call<null>('delete_house', { id }),
  addHouseRule: (houseId: number, rule: RuleInput) => call<Rule>('add_house_rule', { houseId, rule }),
  removeHouseRule: (id: number) => call<null>('remove_house_rule', { id }),
  addResident: (houseId: number, input: ResidentInput) => call<Resident>('add_resident', { houseId, input }),
  updateResident: (id: number, input: ResidentInput) => call<Resident>('update_resident', { id, input }),
  removeResident: (id: number) => call<null>('remove_resident', { id }),
  houseDashboard: (houseId: number) => call<ResidentStatus[]>('house_dashboard', { houseId }),
  logOutside: (input: OutsideInput) => call<Outside>('log_outside', { input }),
  saveHouseReport: (houseId: number, from: string, to: string, kind: 'csv' | 'pdf') => call<string | null>('save_house_report', { houseId, from, to, kind }),
  issueSlip: (groupId: number, memberId: number, from: string, to: string) =>
    call<{ slip: Slip; path: string } | null>('issue_slip', { groupId, memberId, from, to }),
  verifySlip: (text: string) => call<Slip>('verify_slip', { text }),
  exportGroupKey: (groupId: number) => call<string | null>('export_group_key', { groupId }),
  trustKeys: (text: string) => call<number>('trust_keys', { text }),
  revokeGroupKey: (groupId: number) => call<null>('revoke_group_key', { groupId }),
  unlockDatabase: (passphrase: string) => call<AppInfo>('unlock_database', { passphrase }),
  setPassphrase: (current: string | null, next: string | null, oldBackups: OldBackups | null = null) =>
    call<boolean>('set_passphrase', { current, new: next, oldBackups }),
  backupNow: () => call<BackupFile>('backup_now'),
  listBackups: () => call<BackupFile[]>('list_backups'),
  restoreBackup: (path: string) => call<null>('restore_backup', { path }),
};
