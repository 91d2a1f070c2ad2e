// Typed calls to the desktop shell. Every command either returns its value or throws
// an ErrorPayload ({ code, message, field }) that forms show beside the field.
import { invoke } from '@tauri-apps/api/core';
import type { Commands } from './commands';
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
  MemberQuery,
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
  LinkInput,
  Keep,
} from './bindings';

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === 'object' && e !== null && 'code' in e && 'message' in e;
}

/** Turns anything thrown into an ErrorPayload, so callers handle one shape. */
export function asError(e: unknown): ErrorPayload {
  if (isErrorPayload(e)) return e;
  return { code: 'app.unexpected', message: String(e), field: null };
}

/** Calls a command with exactly the arguments the shell reads (names and types come
 *  from the Rust functions, in commands.ts): a renamed argument does not compile. */
async function call<K extends keyof Commands>(
  cmd: K,
  ...args: keyof Commands[K]['args'] extends never ? [] : [Commands[K]['args']]
): Promise<Commands[K]['result']> {
  try {
    return await invoke<Commands[K]['result']>(cmd, args[0]);
  } catch (e) {
    throw asError(e);
  }
}

export const api = {
  appInfo: () => call('app_info'),
  searchMeetings: (query: MeetingQuery) => call('search_meetings', { query }),
  getMeeting: (id: number) => call('get_meeting', { id }),
  createMeeting: (input: MeetingInput) => call('create_meeting', { input }),
  updateMeeting: (id: number, input: MeetingInput) => call('update_meeting', { id, input }),
  deleteMeeting: (id: number) => call('delete_meeting', { id }),
  listVenues: () => call('list_venues'),
  listTimezones: () => call('list_timezones'),
  listGroups: () => call('list_groups'),
  createGroup: (input: GroupInput) => call('create_group', { input }),
  listFormats: (fellowship: Fellowship) => call('list_formats', { fellowship }),
  previewConference: (url: string, dialIn: string, meetingId: string, passcode: string) =>
    call('preview_conference', { url, dialIn, meetingId, passcode }),
  calendarView: (query: CalendarQuery) => call('calendar_view', { query }),
  meetingDates: (meetingId: number, from: string, to: string) => call('meeting_dates', { meetingId, from, to }),
  listExceptions: (meetingId: number) => call('list_exceptions', { meetingId }),
  setException: (meetingId: number, exception: Exception) => call('set_exception', { meetingId, exception }),
  clearException: (meetingId: number, occurrence: string) => call('clear_exception', { meetingId, occurrence }),
  listClosures: (meetingId: number) => call('list_closures', { meetingId }),
  addClosure: (meetingId: number, from: string, to: string, reason: string) =>
    call('add_closure', { meetingId, from, to, reason }),
  removeClosure: (id: number) => call('remove_closure', { id }),
  setRoster: (meetingId: number, occurrence: string, role: Role, person: string) =>
    call('set_roster', { meetingId, occurrence, role, person }),
  feedsOverview: () => call('feeds_overview'),
  setFeedSharing: (lan: boolean) => call('set_feed_sharing', { lan }),
  createFeed: (input: FeedInput) => call('create_feed', { input }),
  deleteFeed: (id: number) => call('delete_feed', { id }),
  saveFlyer: (feedId: number, language: string) => call('save_flyer', { feedId, language }),
  openDocument: (path: string) => call('open_document', { path }),
  pickImportFile: () => call('pick_import_file'),
  listPublishTargets: () => call('list_publish_targets'),
  addPublishTarget: (input: TargetInput) => call('add_publish_target', { input }),
  removePublishTarget: (id: number) => call('remove_publish_target', { id }),
  publishNow: (id: number) => call('publish_now', { id }),
  shareStatus: () => call('share_status'),
  shareLink: (input: LinkInput) => call('share_link', { input }),
  shareSyncNow: (id: number) => call('share_sync_now', { id }),
  shareUnlink: (id: number) => call('share_unlink', { id }),
  shareResolve: (id: number, keep: Keep) => call('share_resolve', { id, keep }),
  importPreview: (request: ImportRequest) => call('import_preview', { request }),
  importApply: (request: ImportRequest) => call('import_apply', { request }),
  listSources: () => call('list_sources'),
  sourceRuns: (id: number) => call('source_runs', { id }),
  setSourceRefresh: (id: number, minutes: number | null) => call('set_source_refresh', { id, minutes }),
  deleteSource: (id: number) => call('delete_source', { id }),
  refreshSource: (id: number) => call('refresh_source', { id }),
  listMembers: (groupId: number | null) => call('list_members', { groupId }),
  searchMembers: (query: MemberQuery) => call('search_members', { query }),
  createMember: (input: MemberInput) => call('create_member', { input }),
  updateMember: (id: number, input: MemberInput) => call('update_member', { id, input }),
  recordRelapse: (id: number, cleanDate: string) => call('record_relapse', { id, cleanDate }),
  forgetMember: (id: number) => call('forget_member', { id }),
  nearestOccurrence: () => call('nearest_occurrence'),
  tonightMeetings: () => call('tonight_meetings'),
  meetingNight: (meetingId: number, occurrence: string) => call('meeting_night', { meetingId, occurrence }),
  checkIn: (meetingId: number, occurrence: string, memberId: number) => call('check_in', { meetingId, occurrence, memberId }),
  undoCheckIn: (meetingId: number, occurrence: string, memberId: number) => call('undo_check_in', { meetingId, occurrence, memberId }),
  addNewcomer: (meetingId: number, occurrence: string, nickname: string, cleanDate: string | null) =>
    call('add_newcomer', { meetingId, occurrence, nickname, cleanDate }),
  setCounts: (meetingId: number, occurrence: string, counts: CountsInput) => call('set_counts', { meetingId, occurrence, counts }),
  awardChip: (meetingId: number, occurrence: string, memberId: number, milestoneId: number, nth: number) =>
    call('award_chip', { meetingId, occurrence, memberId, milestoneId, nth }),
  undoAward: (meetingId: number, occurrence: string, awardId: number) => call('undo_award', { meetingId, occurrence, awardId }),
  attendanceReport: (meetingId: number, from: string, to: string) => call('attendance_report', { meetingId, from, to }),
  saveAttendanceCsv: (meetingId: number, from: string, to: string) => call('save_attendance_csv', { meetingId, from, to }),
  attendanceTrends: (meetingId: number, weeks: number) => call('attendance_trends', { meetingId, weeks }),
  chipSchemes: () => call('chip_schemes'),
  customiseChips: (groupId: number) => call('customise_chips', { groupId }),
  addMilestone: (schemeId: number, input: MilestoneInput) => call('add_milestone', { schemeId, input }),
  removeMilestone: (id: number) => call('remove_milestone', { id }),
  chipInventory: () => call('chip_inventory'),
  setChipStock: (milestoneId: number, onHand: number, reorderAt: number) => call('set_chip_stock', { milestoneId, onHand, reorderAt }),
  birthdays: (groupId: number | null, year: number, month: number) => call('birthdays', { groupId, year, month }),
  memberAwards: (memberId: number) => call('member_awards', { memberId }),
  listHouses: () => call('list_houses'),
  createHouse: (name: string, notes: string) => call('create_house', { name, notes }),
  deleteHouse: (id: number) => call('delete_house', { id }),
  addHouseRule: (houseId: number, rule: RuleInput) => call('add_house_rule', { houseId, rule }),
  removeHouseRule: (id: number) => call('remove_house_rule', { id }),
  addResident: (houseId: number, input: ResidentInput) => call('add_resident', { houseId, input }),
  updateResident: (id: number, input: ResidentInput) => call('update_resident', { id, input }),
  removeResident: (id: number) => call('remove_resident', { id }),
  houseDashboard: (houseId: number) => call('house_dashboard', { houseId }),
  logOutside: (input: OutsideInput) => call('log_outside', { input }),
  saveHouseReport: (houseId: number, from: string, to: string, kind: 'csv' | 'pdf') => call('save_house_report', { houseId, from, to, kind }),
  issueSlip: (groupId: number, memberId: number, from: string, to: string) =>
    call('issue_slip', { groupId, memberId, from, to }),
  verifySlip: (text: string) => call('verify_slip', { text }),
  exportGroupKey: (groupId: number) => call('export_group_key', { groupId }),
  trustKeys: (text: string) => call('trust_keys', { text }),
  revokeGroupKey: (groupId: number) => call('revoke_group_key', { groupId }),
  unlockDatabase: (passphrase: string) => call('unlock_database', { passphrase }),
  setPassphrase: (current: string | null, next: string | null, oldBackups: OldBackups | null = null) =>
    call('set_passphrase', { current, new: next, oldBackups }),
  backupNow: () => call('backup_now'),
  listBackups: () => call('list_backups'),
  restoreBackup: (path: string) => call('restore_backup', { path }),
};
