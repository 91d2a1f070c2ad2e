//! The program written out in other programs' formats: iCalendar for calendar apps and
//! Meeting Guide JSON for meeting finders. Reading those formats in lives in `import`.

pub mod ics;
pub mod meeting_guide;
