## کاتالوگ ترجمهٔ Homegroup (Project Fluent)، به فارسی. همهٔ پیام‌های انگلیسی (en.ftl)
## با همان متغیرها اینجا هستند.

## صفحهٔ یافتن جلسه، که اعضا از کد QR روی اطلاعیه باز می‌کنند.

page-language-name = فارسی
page-language-dir = rtl
page-title = { $program }: جلسه‌ها
page-heading = یافتن جلسه
page-skip = رفتن به جلسه‌ها
page-updated = به‌روزرسانی: { $date }
page-language = زبان
page-loading = در حال بارگذاری جلسه‌ها…
page-load-failed = فهرست جلسه‌ها بارگذاری نشد. اتصال اینترنت را بررسی کنید و دوباره امتحان کنید.
page-retry = دوباره امتحان کنید
page-now = همین حالا در حال برگزاری
page-next = بعدی
page-today = امروز
page-tomorrow = فردا
page-week = این هفته
page-week-day = روز
page-show-more = جلسه‌های بیشتر
page-no-meetings = هیچ جلسه‌ای پیدا نشد. برای دیدن همهٔ جلسه‌ها، فیلترها را پاک کنید.
page-nothing-soon = در چند ساعت آینده جلسه‌ای نیست. همهٔ جلسه‌های هفته در پایین آمده است.
page-search = جستجو
page-search-hint = نام، مکان یا شهر
page-filters = فیلترها
page-filter-time = زمان روز
page-time-any = هر زمانی
page-time-morning = صبح (پیش از ظهر)
page-time-afternoon = بعدازظهر (ظهر تا ۵ عصر)
page-time-evening = عصر (۵ تا ۹ شب)
page-time-night = شب (بعد از ۹ شب)
page-filter-attend = نحوهٔ شرکت
page-mode-any = هر روشی
page-mode-in_person = حضوری
page-mode-online = آنلاین
page-mode-hybrid = حضوری و آنلاین
page-mode-phone = تلفنی
page-filter-fellowship = انجمن
page-fellowship-any = همهٔ انجمن‌ها
page-fellowship-na = معتادان گمنام
page-fellowship-smart = SMART Recovery
page-fellowship-other = انجمن‌های دیگر
page-filter-formats = قالب‌ها
page-clear = پاک کردن فیلترها
page-in-progress = در حال برگزاری
page-ends = تا { $time }
page-cancelled = لغو شده
page-closed = تعطیل
page-moved-to = منتقل شد به { $when }
page-moved-from = از { $when } به این زمان منتقل شده
page-minutes = { $minutes } دقیقه
page-open = جزئیات
page-close = بستن
page-where = مکان
page-room = اتاق: { $room }
page-directions = مسیریابی (برنامهٔ نقشه)
page-map = نقشه (OpenStreetMap)
page-join = ورود آنلاین
page-meeting-id = شناسهٔ جلسه: { $id }
page-passcode = رمز ورود: { $passcode }
page-dial = تماس تلفنی: { $number }
page-formats = قالب‌ها
page-notes = یادداشت‌ها
page-group = گروه: { $group }
page-every = هر { $days } ساعت { $time }
page-dates = تاریخ‌های بعدی
page-changes = تغییرات هفته‌های آینده
page-add-one = افزودن این جلسه به تقویم من
page-subscribe = همهٔ جلسه‌ها در تقویم شما
page-subscribe-hint = یک بار مشترک شوید: هر وقت جلسه‌ای جابه‌جا یا لغو شود، تقویم شما هم تغییر می‌کند.
page-subscribe-apple = Apple Calendar (iPhone، iPad، Mac)
page-subscribe-google = Google Calendar
page-subscribe-outlook = Outlook.com
page-subscribe-office = Microsoft 365
page-subscribe-other = برنامه‌های دیگر: این نشانی را کپی کنید
page-copy = کپی نشانی
page-copied = نشانی کپی شد
page-android = در اندروید، برنامهٔ رایگان ICSx⁵ در این نشانی مشترک می‌شود و تقویم گوشی شما را به‌روز نگه می‌دارد.
page-resources = کمک فوری
page-private = این صفحه هیچ سابقه‌ای از بازدید شما نگه نمی‌دارد و چیزی از سایت دیگری بارگذاری نمی‌کند.

## طرح‌ها، مرحله‌ها و رنگ‌های ژتونی که Homegroup با آن‌ها شروع می‌کند، همان‌طور که پنجره
## نشان می‌دهد (نام‌ها و رنگ‌هایی که گروه خودش نوشته، همان‌طور که نوشته نشان داده می‌شوند).

chip-named = { $item } { $label }
chip-scheme-na-keytags = جاکلیدی‌های NA
chip-scheme-na-medallions = مدال‌های NA
chip-scheme-aa-chips = ژتون‌ها (به سبک AA)
chip-seeded-welcome = خوش‌آمد
chip-seeded-30-days = ۳۰ روز
chip-seeded-60-days = ۶۰ روز
chip-seeded-90-days = ۹۰ روز
chip-seeded-6-months = ۶ ماه
chip-seeded-9-months = ۹ ماه
chip-seeded-1-year = ۱ سال
chip-seeded-18-months = ۱۸ ماه
chip-seeded-multiple-years = چند سال
chip-seeded-welcome-back = خوش‌آمد دوباره
chip-seeded-1-year-medallion = مدال ۱ سال
chip-seeded-18-months-medallion = مدال ۱۸ ماه
chip-seeded-yearly-medallion = مدال سالانه
chip-seeded-24-hours = ۲۴ ساعت
chip-color-white = سفید
chip-color-orange = نارنجی
chip-color-green = سبز
chip-color-red = قرمز
chip-color-blue = آبی
chip-color-yellow = زرد
chip-color-glow = شب‌نما
chip-color-grey = خاکستری
chip-color-black = مشکی
chip-color-pink = صورتی
chip-color-bronze = برنزی
chip-color-silver = نقره‌ای
chip-color-gold = طلایی
chip-color-dark-blue = سرمه‌ای
chip-color-purple = بنفش

## آنچه فید تقویم در توضیح یک جلسه می‌نویسد، به زبان همان جلسه.

feed-join = پیوستن
feed-meeting-id = شناسهٔ جلسه
feed-passcode = رمز ورود
feed-phone = تلفن
feed-format = قالب
feed-group = گروه

## اطلاعیهٔ دیواری.

flyer-scan-calendar = برای افزودن جلسه‌های ما به تقویم گوشی‌تان اسکن کنید
flyer-updates = وقتی جلسه‌ای جابه‌جا یا لغو شود، خودبه‌خود به‌روز می‌شود.
flyer-week = این هفته
flyer-cancelled = لغو شد
flyer-moved = جابه‌جا شد
flyer-type-address = یا این نشانی را در برنامهٔ تقویم خود وارد کنید:
flyer-refresh = برنامه‌های تقویم خودشان تغییرها را می‌گیرند، معمولاً در چند ساعت (تقویم گوگل ممکن است تا یک روز طول بکشد).
flyer-wifi-only = این نشانی فقط روی وای‌فای همین اتاق کار می‌کند، تا وقتی رایانه‌ای که این برگه را چاپ کرده روشن است.
flyer-scan-page = برای یافتن جلسه، مسیریابی یا لینک ورود، و افزودن جلسه‌های ما به تقویم گوشی‌تان، کد را اسکن کنید
# اطلاعیهٔ دیواری یک برگه است: وقتی جلسه‌های هفته بیش از جای آن باشد، خط آخر می‌گوید
# کد QR چند جلسهٔ دیگر را نشان می‌دهد.
flyer-more = …و { $count } جلسهٔ دیگر در این هفته: برای دیدن همه، کد را اسکن کنید.


## فهرست چاپی جلسات (homegroup print list، و «چاپ فهرست» در پنجره).
print-title = فهرست جلسات
print-printed = چاپ‌شده در { $date }
print-scan = برای فهرست به‌روز، مسیر و پیوندهای ورود، این کد را اسکن کنید
print-resources = منابع محلی
print-section-in_person = حضوری
print-section-hybrid = ترکیبی: حضوری و آنلاین
print-section-online = آنلاین و تلفنی
print-daily = هر روز
print-daily-short = روزانه
print-other = روزهای دیگر
print-no-city = جاهای دیگر
print-from = از { $date }
print-meeting_id = شناسه { $id }
print-passcode = رمز { $passcode }
print-dial = تلفن: { $number }
print-legend = کدهای قالب جلسه
print-empty = جلسه‌ای برای فهرست کردن نیست.
print-page = { $page }
print-file_name = فهرست جلسات Homegroup
print-unprintable = این نویسه‌ها در قلم‌هایی که همراه Homegroup است شکلی ندارند و به صورت جعبهٔ خالی چاپ می‌شوند: { $chars }

## پاسخ سرور تقویم به کسی که پیوندی اشتباه یا خراب را در مرورگر باز می‌کند.
server-no_feed = در این نشانی تقویمی نیست. پیوند فعلی تقویم را از گروهتان بخواهید.
server-not_found = اینجا چیزی نیست. پیوند فعلی تقویم را از گروهتان بخواهید.
server-page_unavailable = فهرست جلسات ساخته نشد؛ کمی بعد دوباره امتحان کنید.
server-calendar_failed = تقویم ساخته نشد؛ کمی بعد دوباره امتحان کنید.

## برگه‌های چاپی: برگه‌های حضور و گزارش‌های خانه.

slip-title = حضور در جلسه‌ها
slip-attended = { $nickname } حاضر بود، طبق ثبت { $group }:
slip-code = کد برگه: { $code }
slip-signed = امضاشده به‌دست { $group } در { $date } (کلید { $key }).
slip-scan = برای تأیید با کلید عمومی گروه اسکن کنید. این برگه فقط حضور را تأیید می‌کند.
report-title = { $house }: حضور در جلسه‌ها
report-period = از { $from } تا { $to }
report-rules = قانون‌ها: { $rules }
report-no-rules = بدون قانون.
report-who-phase = { $name } (دورهٔ { $phase })
report-line = { $who }: { $attended } از { $required } – { $met ->
        [yes] انجام شد
       *[other] کم است
    }
report-detail = { $here } در جلسه‌های ما، { $verified } تأییدشده با برگه، { $self } به گفتهٔ خود فرد (از { $from } تا { $to })
report-presence = حضور فقط بودن فرد را تأیید می‌کند، هرگز مشارکت یا هیچ چیز دیگری دربارهٔ او را.

## خط فرمان (homegroup): آنچه برای آدم‌ها می‌نویسد.

cli-meetings-none = هنوز جلسه‌ای نیست. در برنامهٔ Homegroup یکی اضافه کنید یا فهرست جلسه‌ها را وارد کنید.
cli-slip-valid = معتبر: { $nickname } حاضر بود، با امضای { $group } در { $date } (کلید { $key }):
cli-keys-trusted =
    { $n ->
        [one] { $n } کلید مورد اعتماد قرار گرفت
       *[other] { $n } کلید مورد اعتماد قرار گرفت
    }
cli-keys-revoked = کلید باطل شد؛ برگه‌هایی که با آن امضا شده دیگر تأیید نمی‌شوند
cli-backup-encrypted = رمزگذاری‌شده
cli-backup-plain = رمزگذاری‌نشده
cli-backup-bytes = { $n } بایت
cli-restored = از { $file } بازگردانی شد (پایگاه دادهٔ قبلی در { $folder } است)
cli-passphrase-set = پایگاه داده رمزگذاری شده است؛ عبارت عبور را جای امنی نگه دارید: بدون آن، داده‌ها بازیابی نمی‌شوند
cli-passphrase-removed = پایگاه داده دیگر رمزگذاری‌شده نیست
cli-hint-passphrase = HOMEGROUP_PASSPHRASE را روی عبارت عبور پایگاه داده تنظیم کنید
cli-hint-old-backups = به `passphrase set` گزینهٔ --old-backups reencrypt (یا --old-backups remove) را اضافه کنید
cli-col-feed = فید
cli-list-printed = { $file }: { $meetings } جلسه در { $pages } صفحه{ $percent ->
    [100] {""}
   *[other] ، حروف در { $percent }٪
}
cli-resources-none = هنوز منبع محلی‌ای نیست. با `homegroup resources add --name NAME --phone NUMBER` یکی اضافه کنید.
cli-col-name = نام
cli-col-phone = تلفن
cli-col-hours = ساعت‌ها
cli-feeds-port = فیدها از اجرای بعدی برنامه روی درگاه { $port } ارائه می‌شوند
cli-page-written = { $n } فایل در { $folder } نوشته شد
cli-sources-none = هنوز فهرست واردشده‌ای نیست. با `homegroup import فایل|URL` یکی را وارد کنید.
cli-source-every = فهرست { $id } هر { $minutes } دقیقه به‌روز می‌شود
cli-source-by-hand = فهرست { $id } فقط دستی به‌روز می‌شود
cli-run-failed = ناموفق: { $error }
cli-run-report = { $created } جدید، { $updated } تغییرکرده، { $unchanged } بی‌تغییر، { $removed } حذف‌شده{ $skipped ->
        [0] {""}
       *[other] ، { $skipped } نادیده‌گرفته
    }
cli-import-done = { $created } جدید، { $updated } تغییرکرده، { $unchanged } بی‌تغییر، { $removed } حذف‌شده
cli-import-would = { $created } ساخته می‌شود، { $updated } تغییر می‌کند، { $unchanged } بی‌تغییر می‌ماند، { $removed } حذف می‌شود
cli-import-kept = ویرایش‌های شما روی «{ $name }» نگه داشته شد (--overwrite-local-edits نسخهٔ فهرست را می‌گیرد)
cli-occurrences-none = بین { $from } و { $to } جلسه‌ای نیست.
cli-export-left-out = «{ $name }» کنار گذاشته شد: Meeting Guide فقط جلسه‌های هفتگی را فهرست می‌کند
cli-published = { $created } جدید، { $updated } به‌روزشده، { $unchanged } بی‌تغییر، { $deleted } حذف‌شده
cli-subscribe-at = اعضا در { $url } مشترک می‌شوند
cli-public-broken = نشانی عمومی کار نمی‌کند: { $error }
cli-no-public-address = هنوز نشانی عمومی نیست: --public-url را اضافه کنید تا اعضا از هر جایی مشترک شوند
cli-synced = اینجا: { $created } جدید، { $updated } تغییرکرده، { $deleted } حذف‌شده؛ آنجا: { $uploaded } ارسال‌شده، { $removed } حذف‌شده؛ { $conflicts } تعارض
cli-sync-kept = { $name } نگه داشته شد: در یک طرف حذف و در طرف دیگر ویرایش شده بود
cli-sync-to-confirm = مکان باید تأیید شود: { $name } بدون مکان یا لینک رسید؛ در ویرایشگر جلسه یکی اضافه کنید
cli-sync-skipped = نادیده گرفته شد: { $warning }
cli-conflicts-none = تعارضی نیست.
cli-password-not-kept = رمز عبور نگه داشته نشد: هیچ دسته‌کلیدی روی این رایانه پاسخ نمی‌دهد و پایگاه داده رمزگذاری نشده است. آن را در هر اجرا بدهید (--password-env VAR)، یا فرمانی که آن را چاپ می‌کند نگه دارید (--password-command CMD)
cli-passwords-dropped = نسخهٔ قدیمی‌تر { $n } رمز عبورِ انتشار را بدون رمزگذاری نگه داشته بود و اینجا هیچ دسته‌کلیدی پاسخ نمی‌دهد: حذف شدند. آن‌ها را در هر اجرا بدهید (--password-env VAR) یا فرمانی نگه دارید (--password-command CMD)
# هشدار واردکردن (کدام مورد و چرا)، همان‌طور که هسته می‌نویسد.
cli-import-skipped = رد شد: { $warning }
cli-import-partly = با چیزی کنار گذاشته‌شده وارد شد: { $warning }
error-cli-password_env = متغیر محیطی { $var } تعریف نشده است
error-cli-passphrase_missing = عبارت عبور تازه را در HOMEGROUP_NEW_PASSPHRASE بگذارید
error-cli-public_address = بارگذاری انجام شد، اما نشانی عمومی آن را نشان نمی‌دهد
error-cli-range = ‏--to { $to } پیش از --from { $from } است
error-cli-read = { $file } خوانده نمی‌شود: { $error }
error-cli-bad_json = { $file } یک JSON معتبر نیست: { $error }
error-cli-source_which = شمارهٔ یک فهرست واردشده را بدهید، یا از --due استفاده کنید
error-cli-write = { $file } نوشته نمی‌شود: { $error }
error-cli-make = { $file } ساخته نمی‌شود: { $error }
error-cli-day = { $value } روز نیست: از MO، TU، WE، TH، FR، SA یا SU استفاده کنید
error-cli-no_targets = هنوز جایی برای انتشار نیست؛ با --url یک پوشه یا تقویم بدهید

## راهنمای خط فرمان (homegroup --help): کار هر فرمان و هر گزینه.
cli-help = برنامهٔ جلسه‌ها، شب جلسه و فیدهای تقویم برای گروه‌های بهبودی
cli-help--db = فایل پایگاه داده (پیش‌فرض: HOMEGROUP_DB، وگرنه پوشهٔ داده‌های کاربر)
cli-help--lang = زبان آنچه برای آدم‌ها چاپ می‌شود (پیش‌فرض: LC_ALL، LC_MESSAGES یا LANG): en, es, pt-BR, fa، یا هر زبان دیگری که کاتالوگ ترجمه دارد
cli-help-meetings = جلسه‌های برنامه
cli-help-meetings-list = همهٔ جلسه‌ها را با زمان‌بندی‌شان به زبان ساده فهرست می‌کند (با --json، خودِ قاعدهٔ تکرار)
cli-help-meetings-list--json = چاپ JSON به‌جای جدول (هر جلسه با `uid` خودش)
cli-help-meetings-add = جلسه‌ای را از JSON اضافه می‌کند (همان فیلدهایی که ویرایشگر برنامه دارد؛ README را ببینید) و آن را همان‌طور که ذخیره شده، با `uid` آن، چاپ می‌کند
cli-help-meetings-add--json = یک فایل، یا - برای ورودی استاندارد
cli-help-meetings-edit = فقط فیلدهای داده‌شده را تغییر می‌دهد (یک JSON merge patch، مثلاً '{"{"}"room": "Hall B"{"}"}') و جلسه را همان‌طور که ذخیره شده چاپ می‌کند
cli-help-meetings-edit--json = خودِ وصله، یک فایل، یا - برای ورودی استاندارد
cli-help-meetings-remove = جلسه‌ای را حذف می‌کند (سوابق حضورش هم همراه آن حذف می‌شوند)
cli-help-meetings-cancel = جلسه را در یک تاریخ لغو می‌کند
cli-help-meetings-cancel--note = دلیل، همان‌طور که اعضا آن را می‌خوانند («به مناسبت تعطیلات بسته است»)
cli-help-occurrences = نوبت‌های تاریخ‌دار جلسه‌ها بین دو تاریخ (با خودِ آن دو تاریخ، به تاریخ محلی هر جلسه)، با اعمال لغوها، جابه‌جایی‌ها و تعطیلی‌ها
cli-help-occurrences--json = چاپ JSON به‌جای جدول
cli-help-import = یک فهرست جلسهٔ منتشرشده را از یک فایل یا یک URL وارد می‌کند. وارد کردن دوبارهٔ همان فهرست، همان جلسه‌ها را به‌روز می‌کند؛ اگر وارد کردن ناموفق باشد، چیزی تغییر نمی‌کند
cli-help-import--source = مسیر یک فایل، یا یک نشانی http(s)://
cli-help-import--fellowship = انجمنِ جلسه‌های واردشده (قالب‌ها با کدهای همین انجمن خوانده می‌شوند)
cli-help-import--service_bodies = نهاد خدماتی BMLT که از سرور ریشه (root server) خواسته می‌شود (برای چند نهاد، تکرار کنید)
cli-help-import--overwrite_local_edits = گرفتن نسخهٔ فهرست، حتی برای جلسه‌هایی که اینجا ویرایش شده‌اند
cli-help-import--dry_run = نشان دادن آنچه تغییر خواهد کرد، بی‌آنکه چیزی تغییر کند
cli-help-attendance = شمار حضور در هر نوبت (فقط شمارش‌ها، هرگز نام مستعار)
cli-help-attendance-report = برای هر نوبت یک خط: برگزاری، حاضران، تازه‌واردها، اعضای ثبت‌حضورشده، اعضای قدیمی‌تر، ژتون‌ها
cli-help-attendance-report--csv = خروجی CSV (گزارش جلسه به سبک SMART) به‌جای جدول
cli-help-verify = یک برگهٔ حضور را بررسی می‌کند: کد آن، یا متن کد QR آن. اگر برگه تأیید نشود، با ذکر دلیل و با کد خروج غیرصفر پایان می‌یابد
cli-help-verify--code = کد برگه (7K3Q-9XDA-M2PF) یا متن کد QR آن (HG1.…)
cli-help-slip = برای ثبت حضورهای یک عضو در جلسه‌های یک گروه، برگهٔ حضور امضا می‌کند
cli-help-slip--out = نوشتن PDF قابل چاپ در اینجا (وگرنه کد و توکن چاپ می‌شوند)
cli-help-keys = کلیدهای تأیید: خروجی گرفتن از کلید عمومی یک گروه، اعتماد به کلید گروهی دیگر
cli-help-keys-export = کلیدهای عمومی گروه و دستورالعمل تأیید (هیچ چیزی دربارهٔ اعضا)
cli-help-keys-trust = به کلیدهای فایل تأییدی که یک گروه داده اعتماد می‌کند (و از کلیدهایی که آن گروه باطل کرده باخبر می‌شود)
cli-help-keys-revoke = کلید یک گروه را باطل می‌کند: برگه‌هایش دیگر تأیید نمی‌شوند؛ برگهٔ بعدی کلید جدیدی می‌گیرد
cli-help-backup = از پایگاه داده پشتیبان می‌گیرد: در پوشهٔ نسخه‌های پشتیبانِ چرخشیِ کنار آن، یا در --out
cli-help-backup--list = فهرست کردن نسخه‌های پشتیبان، به‌جای ساختن یک نسخهٔ تازه
cli-help-restore = پایگاه داده را، پس از بررسی نسخهٔ پشتیبان، با آن جایگزین می‌کند (اول از پایگاه دادهٔ فعلی پشتیبان گرفته می‌شود). عبارت عبورِ نسخهٔ پشتیبانی که با عبارت عبور دیگری ساخته شده، از HOMEGROUP_BACKUP_PASSPHRASE گرفته می‌شود
cli-help-passphrase = پایگاه داده را با یک عبارت عبور (از HOMEGROUP_NEW_PASSPHRASE) رمزگذاری می‌کند، عبارت عبور را تغییر می‌دهد، یا آن را برمی‌دارد
cli-help-passphrase-set = عبارت عبور را روی HOMEGROUP_NEW_PASSPHRASE می‌گذارد یا به آن تغییر می‌دهد
cli-help-passphrase-set--old_backups = با نسخه‌های پشتیبان قدیمی‌تری که رمزگذاری نشده‌اند چه شود: با عبارت عبور جدید رمزگذاری شوند، یا حذف شوند (اگر چنین نسخه‌هایی باشد، خواسته می‌شود)
cli-help-passphrase-remove = پایگاه داده را دوباره بدون رمزگذاری ذخیره می‌کند
cli-help-sources = فهرست‌هایی که قبلاً وارد شده‌اند: فهرست کردن، به‌روزرسانی و زمان‌بندی به‌روزرسانی آن‌ها
cli-help-sources-list = هر فهرست واردشده، با زمان‌بندی به‌روزرسانی و آخرین نتیجه‌اش
cli-help-sources-refresh = فهرست‌ها را دوباره وارد می‌کند: همانی که داده شده، یا هر فهرستی که وقتش رسیده است
cli-help-sources-refresh--id = شناسهٔ فهرست (از `sources list`)
cli-help-sources-refresh--due = هر فهرستی که طبق زمان‌بندی‌اش وقتش رسیده است (برای cron یا زمان‌سنج systemd)
cli-help-sources-schedule = یک فهرست را هر N دقیقه به‌روز می‌کند، یا با --off فقط به‌صورت دستی
cli-help-sources-runs = گزارش تغییرهای آخرین اجراهای یک فهرست
cli-help-export = برنامه را به‌صورت فایل iCalendar یا فید Meeting Guide JSON می‌نویسد
cli-help-export-ics = تقویم RFC 5545 (برای هر جلسه یک رویداد، با قاعدهٔ تکرار و تغییراتش)
cli-help-export-ics--out = نوشتن در اینجا، به‌جای خروجی استاندارد
cli-help-export-ics--feed = خروجی گرفتن از آنچه این فید منتشر می‌کند (با نام فید؛ پیش‌فرض: کل برنامه)
cli-help-export-meeting-guide = فید Meeting Guide JSON (جلسه‌های هفتگی؛ نام بقیهٔ جلسه‌ها در خروجی خطای استاندارد نوشته می‌شود)
cli-help-feeds = فیدهای تقویمی که اعضا در آن‌ها مشترک می‌شوند
cli-help-feeds-list = نام و نشانی هر فید (اگر فید کل برنامه نباشد، ساخته می‌شود)
cli-help-feeds-list--base = نشانی پایه‌ای که سرور فید با آن در دسترس است
cli-help-feeds-port = درگاهی (port) که برنامه فیدها را روی آن ارائه می‌کند (8737، مگر اینکه تنظیم شده باشد). تقویم‌های مشترک‌شده و اطلاعیه‌های چاپ‌شده آن را در خود دارند، پس فقط وقتی برنامهٔ دیگری به آن نیاز دارد تغییرش دهید؛ 0 در اجرای بعدی هر درگاه آزادی را می‌گیرد و همان را نگه می‌دارد
cli-help-publish = فیدها را در تقویم‌های CalDAV و پوشه‌های WebDAV منتشر می‌کند (همهٔ مقصدهای ذخیره‌شده، مقصدی که با --url داده شده و برای دفعهٔ بعد ذخیره می‌شود، یا با --due فقط مقصدهایی که کاری دارند) و چاپ می‌کند که اعضا کجا مشترک شوند
cli-help-publish--url = مجموعه یا پوشه‌ای که در آن بارگذاری می‌شود، مثلاً https://cloud.example.org/remote.php/dav/files/hope/meetings/
cli-help-publish--kind = این نشانی چیست: یک تقویم CalDAV (برای هر جلسه یک رویداد) یا یک پوشهٔ WebDAV (برای هر فید یک فایل .ics و یک فایل Meeting Guide .json)
cli-help-publish--password_env = متغیر محیطی‌ای که رمز عبور را در خود دارد (تا رمز در تاریخچهٔ پوسته نماند). با --url نگه داشته می‌شود: در دسته‌کلید سیستم، یا وقتی پایگاه داده رمزگذاری شده است، در پایگاه داده (اگر هیچ‌کدام نباشد، چیزی نگه داشته نمی‌شود و باید در هر اجرا داده شود)؛ بدون --url، فقط برای همین اجرا به کار می‌رود
cli-help-publish--password_command = فرمانی که رمز عبور را چاپ می‌کند (بدون پوسته اجرا می‌شود؛ خط اول خروجی‌اش به کار می‌رود): با --url به‌جای رمز عبور نگه داشته می‌شود؛ بدون --url، فقط برای همین اجرا اجرا می‌شود
cli-help-publish--public_url = نشانی‌ای که اعضا به کار می‌برند: برای پوشه، نشانی وبی که آن را ارائه می‌کند؛ برای تقویم، لینک اشتراک عمومی آن. پس از هر انتشار بررسی می‌شود
cli-help-publish--feed = فیدی که با --url منتشر می‌شود (پیش‌فرض: کل برنامه)
cli-help-publish--due = فقط مقصدهایی که کاری دارند: برنامه از آخرین انتشارشان تغییر کرده، یا آخرین انتشار ناموفق بوده و زمان انتظار پیش از تلاش دوباره گذشته است. وقتی موعد هیچ‌کدام نرسیده، چیزی چاپ نمی‌کند (برای cron)
cli-help-publish--timeout = چند ثانیه یک درخواست به سرور می‌تواند طول بکشد
cli-help-flyer = اطلاعیهٔ دیواری به‌صورت PDF: کد QR یک فید و جلسه‌های هفتهٔ پیش رو. وقتی فید منتشر شد، کد QR نشانی عمومی فید را در خود دارد
cli-help-flyer--feed = فیدی که کد QR نشانی آن را در خود دارد (پیش‌فرض: کل برنامه)
cli-help-flyer--lan_base = نشانی سرور فید در شبکهٔ محلی، برای اطلاعیهٔ فیدی که هنوز منتشر نشده است (آن وقت اطلاعیه هشدار می‌دهد که فقط روی همین Wi-Fi کار می‌کند)
cli-help-print = فهرست‌های چاپی جلسات: جلسه‌های ناحیه روی کاغذ، تاشده یا در چند صفحه
cli-help-print-list = فهرست جلسات کل برنامه یا یک فید، به‌صورت PDF
cli-help-print-list--layout = فهرست چگونه روی کاغذ بیاید: صفحهٔ کامل، برگه‌ای سه‌تا یا چهارتا، یا دفترچه
cli-help-print-list--group_by = جلسات بر پایهٔ روز هفته، یا بر پایهٔ شهر و سپس روز
cli-help-print-list--out = جایی که PDF نوشته می‌شود
cli-help-print-list--paper = اندازهٔ کاغذ (پیش‌فرض: Legal برای چهارلت، وگرنه Letter)
cli-help-print-list--feed = فقط جلسه‌های یک فید (پیش‌فرض: کل برنامه)
cli-help-print-list--pages = دقیقاً این تعداد صفحه: حروف تا جایی که خوانا بمانند کوچک می‌شوند تا جا شوند
cli-help-print-list--first_day = روزی که فهرستِ بر پایهٔ روز با آن شروع می‌شود: MO, TU… (پیش‌فرض: SU)
cli-help-print-list--cities = اول این شهرها، به همین ترتیب (در فهرست بر پایهٔ شهر)، جداشده با ویرگول
cli-help-print-list--link_qr = جلسات آنلاین با کد QR کوچکی از پیوندشان، به‌جای نوشتن خود پیوند
cli-help-resources = منابع محلی (خطوط کمک، خطوط بحران، جست‌وجوگرهای درمان) که روی هر فهرست و اطلاعیه چاپ می‌شوند و در فیدها می‌آیند
cli-help-resources-list = منابع محلی، به همان ترتیبی که چاپ می‌شوند
cli-help-resources-add = یک منبع به انتهای فهرست اضافه می‌کند
cli-help-resources-add--name = نامی که مردم با آن می‌شناسند («خط بحران»، «خط کمک NA»)
cli-help-resources-add--phone = شماره‌ای برای تماس یا پیامک، همان‌طور که گرفته می‌شود («988»، «1-800-GET-HELP»)
cli-help-resources-add--url = نشانی وب آن (https://…)
cli-help-resources-add--hours = چه ساعت‌هایی کسی پاسخ می‌دهد («24/7»)
cli-help-resources-add--language = زبانی که این خدمت به آن صحبت می‌کند (en, es…)
cli-help-resources-edit = منبع ID را تغییر می‌دهد (هر فیلد با آنچه داده شده جایگزین می‌شود)
cli-help-resources-edit--name = نامی که مردم با آن می‌شناسند («خط بحران»، «خط کمک NA»)
cli-help-resources-edit--phone = شماره‌ای برای تماس یا پیامک، همان‌طور که گرفته می‌شود («988»، «1-800-GET-HELP»)
cli-help-resources-edit--url = نشانی وب آن (https://…)
cli-help-resources-edit--hours = چه ساعت‌هایی کسی پاسخ می‌دهد («24/7»)
cli-help-resources-edit--language = زبانی که این خدمت به آن صحبت می‌کند (en, es…)
cli-help-resources-remove = منبع ID را برمی‌دارد
cli-help-resources-move = منبع ID را یک جا در فهرست بالاتر یا پایین‌تر می‌برد
cli-help-page = صفحهٔ یافتن جلسه را، که اعضا با هر گوشی‌ای باز می‌کنند، همراه با تقویم فید و داده‌هایش در یک پوشه می‌نویسد (برای یک میزبان وب ایستا یا یک فلش USB)
cli-help-page--out = پوشه‌ای که در آن نوشته می‌شود (اگر نباشد ساخته می‌شود)؛ فایل‌هایش جایگزین می‌شوند
cli-help-page--feed = فیدی که صفحه جلسه‌هایش را نشان می‌دهد (پیش‌فرض: کل برنامه)
cli-help-serve = همهٔ فیدها را تا وقتی متوقف نشده از طریق HTTP ارائه می‌کند و وقتی آمادهٔ پاسخ شد، URL هر فید را چاپ می‌کند
cli-help-serve--bind = نشانی‌ای که روی آن گوش داده می‌شود؛ 0.0.0.0 فیدها را با شبکهٔ محلی به اشتراک می‌گذارد
cli-help-sync = برنامه را از طریق یک تقویم CalDAV مشترک با دیگر خدمتگزاران مورد اعتماد هماهنگ نگه می‌دارد: با --url یک تقویم را پیوند می‌دهد، سپس همهٔ تقویم‌های پیوندشده را همگام‌سازی می‌کند. تا وقتی تعارضی منتظر انتخاب است، با کد خروج غیرصفر پایان می‌یابد
cli-help-sync--url = تقویم CalDAV مشترکی که به آن پیوند داده می‌شود (برای دفعهٔ بعد ذخیره می‌شود)؛ بدون آن، همهٔ تقویم‌های پیوندشده همگام‌سازی می‌شوند
cli-help-sync--password_env = متغیر محیطی‌ای که رمز عبور را در خود دارد (تا رمز در تاریخچهٔ پوسته نماند). با --url نگه داشته می‌شود: در دسته‌کلید سیستم، یا وقتی پایگاه داده رمزگذاری شده است، در پایگاه داده؛ بدون --url، فقط برای همین اجرا به کار می‌رود
cli-help-sync--password_command = فرمانی که رمز عبور را چاپ می‌کند (بدون پوسته اجرا می‌شود؛ خط اول خروجی‌اش به کار می‌رود): با --url به‌جای رمز عبور نگه داشته می‌شود، برای رایانه‌ای که دسته‌کلید ندارد؛ بدون --url، فقط برای همین همگام‌سازی اجرا می‌شود
cli-help-sync--group = فقط جلسه‌های این گروه از طریق تقویم به اشتراک گذاشته شود (با --url)
cli-help-sync--json = چاپ گزارش‌ها به‌صورت JSON
cli-help-sync--timeout = چند ثانیه یک درخواست به سرور می‌تواند طول بکشد
cli-help-conflicts = تغییرهایی که اینجا و در تقویم مشترک داده شده‌اند و با هم نمی‌خوانند
cli-help-conflicts-list = فیلدهایی که اینجا و در تقویم مشترک به دو شکل متفاوت تغییر کرده‌اند و منتظر انتخاب‌اند
cli-help-conflicts-resolve = یک تعارض را حل می‌کند: مقدار این رایانه (mine) یا مقدار تقویم مشترک (theirs) نگه داشته شود. همگام‌سازی بعدی آن را ارسال یا اعمال می‌کند

## قالب‌های جلسه، بر اساس انجمن و کد (format-<انجمن>-<کد>): نام‌هایی که روی فهرست‌ها
## چاپ می‌شوند، در پنجره و صفحهٔ اعضا نمایش داده می‌شوند و در فیدها نوشته می‌شوند.

format-na-O = باز
format-na-C = بسته
format-na-B = تازه‌واردان
format-na-BT = متن پایه
format-na-IW = چگونه و چرا کار می‌کند
format-na-JT = فقط برای امروز
format-na-SPAD = یک اصل روحانی در روز
format-na-LC = زندگی پاک
format-na-GP = اصول راهنما
format-na-IP = جزوهٔ اطلاعاتی
format-na-BK = مطالعهٔ کتاب
format-na-St = قدم
format-na-SG = راهنمای کارکرد قدم‌ها
format-na-Tr = سنت
format-na-TW = کارگاه سنت‌ها
format-na-CP = مفاهیم
format-na-D = گفت‌وگو
format-na-To = موضوع
format-na-So = فقط سخنران
format-na-SD = سخنران/گفت‌وگو
format-na-QA = پرسش و پاسخ
format-na-AB = سبد پرسش‌ها
format-na-RF = قالب چرخشی
format-na-ME = مراقبه
format-na-CL = زیر نور شمع
format-na-M = آقایان
format-na-W = بانوان
format-na-YP = جوانان
format-na-GL = گی/لزبین/تراجنسیتی
format-na-WC = قابل دسترس با ویلچر
format-na-CW = کودکان خوش‌آمدند
format-na-NC = بدون کودک
format-na-NS = سیگار کشیدن ممنوع
format-na-RA = حضور محدود
format-na-CH = تعطیل در روزهای تعطیل رسمی
format-na-Ag = ندانم‌گرا
format-na-VM = جلسهٔ مجازی
format-na-HY = جلسهٔ ترکیبی
format-na-TC = محل موقتاً بسته است
format-na-ES = اسپانیایی
format-na-ENG = انگلیسی
format-na-BL = دوزبانه
format-na-FIN = فنلاندی
format-na-PER = فارسی
format-na-SL = زبان اشارهٔ آمریکایی
format-smart-SMART = جلسهٔ SMART Recovery
format-smart-FF = خانواده و دوستان
format-smart-TY = نوجوانان و جوانان
format-smart-VFR = کهنه‌سربازان و نیروهای امدادی
format-smart-INSIDE = SMART Inside (زندان و ندامتگاه)
format-smart-W = بانوان
format-smart-M = آقایان
format-smart-LGBTQ = LGBTQIA+
format-smart-X = قابل دسترس با ویلچر
format-other-11 = مراقبهٔ قدم یازدهم
format-other-12x12 = دوازده قدم و دوازده سنت
format-other-A = سکولار
format-other-ABSI = از نگاه بیل
format-other-AF = آفریکانس
format-other-AL = همزمان با Alateen
format-other-AL-AN = همزمان با Al-Anon
format-other-AM = امهری
format-other-AR = عربی
format-other-ASL = زبان اشارهٔ آمریکایی
format-other-B = کتاب بزرگ
format-other-BA = نگهداری از کودکان
format-other-BE = تازه‌واردان
format-other-BG = بلغاری
format-other-BI = دوجنس‌گرا
format-other-BRK = صبحانه
format-other-C = بسته
format-other-CAN = زیر نور شمع
format-other-CF = مناسب کودکان
format-other-D = گفت‌وگو
format-other-DA = دانمارکی
format-other-DB = سبد دیجیتال
format-other-DD = تشخیص دوگانه
format-other-DE = آلمانی
format-other-DR = تأملات روزانه
format-other-EL = یونانی
format-other-EN = انگلیسی
format-other-FA = فارسی
format-other-FI = فنلاندی
format-other-FF = بدون عطر
format-other-FR = فرانسوی
format-other-G = گی
format-other-GR = مجلهٔ Grapevine
format-other-H = تولد
format-other-HE = عبری
format-other-HI = هندی
format-other-HR = کرواتی
format-other-HU = مجاری
format-other-IS = ایسلندی
format-other-ITA = ایتالیایی
format-other-JA = ژاپنی
format-other-KA = گرجی
format-other-KOR = کره‌ای
format-other-L = لزبین
format-other-LGBTQ = LGBTQ
format-other-LIT = نشریات
format-other-LS = هشیار زیستن
format-other-LT = لیتوانیایی
format-other-M = آقایان
format-other-MED = مراقبه
format-other-ML = مالایالم
format-other-MT = مالتی
format-other-N = بومیان آمریکا
format-other-NB = نان‌باینری
format-other-NDG = بومی
format-other-NE = نپالی
format-other-NL = هلندی
format-other-NO = نروژی
format-other-O = باز
format-other-OUT = در فضای باز
format-other-P = متخصصان
format-other-POA = گواهی حضور
format-other-POC = رنگین‌پوستان
format-other-POL = لهستانی
format-other-POR = پرتغالی
format-other-PUN = پنجابی
format-other-RUS = روسی
format-other-S = اسپانیایی
format-other-SEN = سالمندان
format-other-SK = اسلواکی
format-other-SL = اسلوونیایی
format-other-SM = سیگار کشیدن آزاد است
format-other-SP = سخنران
format-other-ST = مطالعهٔ قدم‌ها
format-other-SV = سوئدی
format-other-T = تراجنسیتی
format-other-TC = محل موقتاً بسته است
format-other-TH = تایلندی
format-other-TL = تاگالوگ
format-other-TR = مطالعهٔ سنت‌ها
format-other-TUR = ترکی
format-other-UK = اوکراینی
format-other-W = بانوان
format-other-X = دسترسی با ویلچر
format-other-XB = سرویس بهداشتی مناسب ویلچر
format-other-XT = واکنش به مشارکت دیگران آزاد است
format-other-Y = جوانان

## پنجره: صفحه‌های برنامهٔ رومیزی. شناسه‌ها بر اساس صفحه دسته‌بندی شده‌اند (nav-، meetings-،
## form-، cal-، night-، members-، houses-، feeds-، settings-، share-، error-…).

app-name = Homegroup
app-skip = رفتن به محتوا
app-loading = در حال باز کردن پایگاه داده…
app-cannot_open = Homegroup نتوانست پایگاه داده‌اش را باز کند
app-cannot_open_help = چیزی تغییر نکرد. فایل هنوز سر جای خودش است:

nav-label = بخش‌ها
nav-meetings = جلسه‌ها
nav-calendar = تقویم
nav-night = شب جلسه
nav-members = اعضا و ژتون‌ها
nav-houses = خانه‌های بهبودی
nav-feeds = فیدها
nav-settings = تنظیمات
nav-sharing = اشتراک‌گذاری

meetings-title = جلسه‌ها
meetings-new = جلسهٔ جدید
meetings-empty = هنوز جلسه‌ای نیست. اولین جلسهٔ گروهتان را با «جلسهٔ جدید» اضافه کنید.
meetings-count =
    { $n ->
        [one] { $n } جلسه
       *[other] { $n } جلسه
    }
meetings-col-name = جلسه
meetings-col-when = زمان
meetings-col-where = مکان
meetings-col-fellowship = انجمن
meetings-created = «{ $name }» ذخیره شد.
meetings-online = آنلاین
meetings-phone = تلفنی
meetings-col-actions = کارها
meetings-edit = ویرایش
meetings-edit_named = ویرایش { $name }
meetings-dates = تاریخ‌ها و تغییرات
meetings-dates_named = تاریخ‌ها و تغییرات { $name }
meetings-delete = حذف این جلسه
meetings-delete_confirm = «{ $name }» با همهٔ تاریخ‌ها، تغییرات و حضورهایش حذف شود؟ این کار برگشت‌پذیر نیست.
meetings-deleted = «{ $name }» حذف شد.
meetings-inactive = غیرفعال
meetings-search = یافتن
meetings-search_hint = نام، مکان، یادداشت یا قالب
meetings-found =
    { $n ->
        [one] { $n } جلسه پیدا شد
       *[other] { $n } جلسه پیدا شد
    }
meetings-none_found = هیچ جلسه‌ای با «{ $text }» پیدا نشد.
meetings-shown = { $shown } از { $n } نمایش داده شده
meetings-more = نمایش { $n } جلسهٔ دیگر
meetings-place_to_confirm = مکان هنوز قطعی نیست

first-title = شروع کار
first-meeting = جلسهٔ گروهتان را اضافه کنید.
first-meeting_how = روز، ساعت و مکانش، یا لینک تصویری‌اش: خودش تکرار می‌شود.
first-import = یا فهرست ناحیه‌تان را وارد کنید.
first-import_how = از سرور BMLT، فایل Meeting Guide یا تقویم، یا صفحه‌گسترده.
first-feed = جلسه‌هایتان را روی دیوار بزنید.
first-feed_how = بخش فیدها اطلاعیه‌ای چاپ می‌کند که کد QR آن جلسه‌های شما را روی هر گوشی باز می‌کند.
first-night = در شب جلسه،
first-night_how = «شب جلسه» را باز کنید: برای ثبت حضور کسی، نام مستعارش را تایپ کنید؛ ژتون‌هایی که موعدشان رسیده خودشان نمایش داده می‌شوند.

form-title_new = جلسهٔ جدید
form-name = نام
form-name_hint = همان‌طور که اعضا می‌شناسند، مثلاً «امید سه‌شنبه‌شب».
form-fellowship = انجمن
form-mode = نحوهٔ شرکت
form-address = نشانی
form-venue_name = نام محل
form-city = شهر
form-url = لینک تصویری
form-dial_in = شمارهٔ تماس تلفنی
form-repeats = تکرار
form-days = روزها
form-start_date = تاریخ اول
form-end_date = تاریخ آخر (اختیاری)
form-start_time = ساعت شروع
form-duration = مدت (دقیقه)
form-timezone = منطقهٔ زمانی
form-save = ذخیرهٔ جلسه
form-saving = در حال ذخیره…
form-group_other_fellowship = { $group } گروهی از { $fellowship } است، پس این جلسه دیگر جزو آن نیست: گروهی از همین انجمن انتخاب کنید، یا هیچ‌کدام.
form-cancel = انصراف
form-fix = لطفاً فیلد مشخص‌شده را درست کنید.
form-title_edit = ویرایش «{ $name }»
form-section-about = جلسه
form-section-where = مکان و نحوهٔ شرکت
form-section-when = زمان
form-section-more = خدمت و یادداشت‌ها
form-group = گروه
form-group_none = بدون گروه
form-group_new = نام گروه جدید
form-group_add = افزودن گروه
form-language = زبان
form-formats = قالب‌ها
form-formats_find = جست‌وجوی قالب (کد یا نام)؛ Enter آن را علامت می‌زند
form-formats_none = هیچ قالبی با «{ $text }» جور نیست.
input-required = این خانه را پر کنید.
input-url = یک نشانی وب کامل بنویسید که با https:// شروع شود
input-email = یک نشانی ایمیل بنویسید، مانند name@example.org.
input-too_short = دست‌کم { $n } نویسه به کار ببرید.
input-too_long = حداکثر { $n } نویسه به کار ببرید.
input-number = یک عدد صحیح وارد کنید.
input-number-min = یک عدد صحیح { $min } یا بیشتر وارد کنید.
input-number-range = یک عدد صحیح از { $min } تا { $max } وارد کنید.
form-venue = محل
form-venue_new = یک محل جدید…
form-room = اتاق
form-room_hint = مثلاً زیرزمین، اتاق ۴
form-platform_detected = لینک { $platform } شناسایی شد.
form-meeting_id = شناسهٔ جلسه
form-passcode = رمز ورود
form-passcode_public = گروه اجازه می‌دهد رمز ورود در تقویم‌های عمومی بیاید
form-secret_params = بخش‌های دیگر لینک که باید خصوصی بماند
form-secret_params_help = نام پارامترهای لینک (بعد از ? در لینک) که در تقویم‌ها، فهرست‌ها و اطلاعیه‌های عمومی نمی‌آیند. رمزهای ورودِ داخل لینک (pwd=…) هم نمی‌آیند، مگر اینکه گروه اجازه دهد.
form-one_tap = شماره‌گیری با یک لمس:
form-dial_in_notes = توضیحات تماس تلفنی
form-every_weeks = هر چند هفته یک بار
form-every_months = هر چند ماه یک بار
form-weeks = کدام هفته‌های ماه
form-weekday = روز هفته
form-month_dates = در این روزهای ماه
form-custom_rule = قاعدهٔ تکرار (RFC ۵۵۴۵)
form-date = تاریخ
form-facilitator = گردانندهٔ همیشگی
form-facilitator_hint = یک نام کوچک یا نام خدمتی؛ فهرست نوبت در تقویم می‌تواند برای یک تاریخ کس دیگری را تعیین کند.
form-verification = گروه تأیید حضور ارائه می‌دهد
form-verification_hint = فقط حضور تأیید می‌شود، آن هم با نام مستعار.
form-active = فعال (در تقویم‌ها و فیدها نمایش داده می‌شود)
form-notes = یادداشت‌ها

fellowship-na = معتادان گمنام
fellowship-smart = SMART Recovery
fellowship-other = انجمن دیگر

mode-in_person = حضوری
mode-online = آنلاین
mode-hybrid = ترکیبی
mode-phone = فقط تلفنی

repeat-once = یک بار
repeat-weekly = هر هفته
repeat-monthly_weekday = ماهانه، در یک روز هفته
repeat-monthly_date = ماهانه، در یک تاریخ
repeat-custom = قاعدهٔ سفارشی (واردشده)

day-MO = دوشنبه
day-TU = سه‌شنبه
day-WE = چهارشنبه
day-TH = پنج‌شنبه
day-FR = جمعه
day-SA = شنبه
day-SU = یک‌شنبه

screen-night-title = شب جلسه
screen-night-body = ثبت حضور امشب اینجاست: نام‌های مستعار با پیشنهاد خودکار، شمار تازه‌واردها و حاضران، و ژتون‌هایی که امشب موعدشان است.
screen-members-title = اعضا و ژتون‌ها
screen-members-body = اعضا با نام مستعار و در صورت تمایل تاریخ پاکی، جاکلیدی‌ها و مدال‌هایشان، و موجودی ژتون‌ها اینجا نگه داشته می‌شوند.
screen-houses-title = خانه‌های بهبودی
screen-houses-body = ساکنان، قوانین جلسه‌رفتن هر خانه و پایبندی هفتگی، همراه با برگه‌های حضور قابل‌تأیید، اینجا مدیریت می‌شوند.
screen-feeds-title = فیدهای تقویم
screen-sharing-title = اشتراک‌گذاری برنامه

settings-title = تنظیمات
settings-language = زبان
settings-language_system = زبان سیستم ({ $name })
settings-database = فایل پایگاه داده
settings-version = نسخه
settings-schema = نسخهٔ ساختار پایگاه داده
settings-timezone = منطقهٔ زمانی این رایانه
settings-encryption = رمزگذاری
settings-encrypted = پایگاه داده رمزگذاری شده است: بدون عبارت عبور، فایلِ روی این رایانه خوانده نمی‌شود.
settings-not_encrypted = پایگاه داده رمزگذاری نشده است. هر کس به فایل‌های این رایانه دسترسی داشته باشد می‌تواند ببیند چه کسانی در جلسه‌ها شرکت می‌کنند. عبارت عبور کل فایل را رمزگذاری می‌کند.
settings-current_passphrase = عبارت عبور فعلی
settings-new_passphrase = عبارت عبور جدید
settings-again = تکرار عبارت عبور جدید
settings-set_passphrase = رمزگذاری با این عبارت عبور
settings-change_passphrase = تغییر عبارت عبور
settings-remove_passphrase = برداشتن رمزگذاری
settings-passphrase_mismatch = دو عبارت عبور جدید یکی نیستند.
settings-passphrase_warning = عبارت عبور را جای امنی نگه دارید: بدون آن هیچ‌کس نمی‌تواند داده‌ها را بازیابی کند، حتی با نسخهٔ پشتیبان.
settings-encrypted_now = پایگاه داده اکنون رمزگذاری شده است.
settings-decrypted_now = پایگاه داده دیگر رمزگذاری‌شده نیست.
settings-backups = نسخه‌های پشتیبان
settings-backups_help = تا وقتی Homegroup باز است، هر روز یک نسخهٔ پشتیبان ساخته می‌شود؛ ده نسخهٔ آخر کنار پایگاه داده نگه داشته می‌شوند.
settings-backup_now = پشتیبان‌گیری همین حالا
settings-backup_made = نسخهٔ پشتیبان در { $path } ذخیره شد
settings-backup_when = زمان ساخت
settings-backup_size = اندازه
settings-restore = بازگردانی
settings-restore_confirm = همه‌چیز با نسخهٔ پشتیبانِ { $when } جایگزین شود؟ اول از داده‌های فعلی پشتیبان گرفته می‌شود.
settings-plain_backups_question =
    { $n ->
        [one] { $n } نسخهٔ پشتیبان قدیمی‌تر رمزگذاری نشده است: هر کس به فایل‌های این رایانه دسترسی داشته باشد هنوز می‌تواند آن را بخواند. با آن چه شود؟
       *[other] { $n } نسخهٔ پشتیبان قدیمی‌تر رمزگذاری نشده‌اند: هر کس به فایل‌های این رایانه دسترسی داشته باشد هنوز می‌تواند آن‌ها را بخواند. با آن‌ها چه شود؟
    }
settings-plain_backups_encrypt = رمزگذاری با عبارت عبور جدید
settings-plain_backups_delete = حذف
settings-plain_backups_cancel = انصراف
settings-backup_protection = محافظت
settings-backup_encrypted = رمزگذاری‌شده
settings-backup_plain = رمزگذاری‌نشده
settings-restored = بازگردانی شد. داده‌های پیش از بازگردانی به‌صورت نسخهٔ پشتیبان نگه داشته شد.

error-meeting-name_empty = برای جلسه نامی بگذارید.
error-meeting-name_too_long = نام حداکثر ۲۰۰ نویسه است.
error-schedule-invalid_timezone = این منطقهٔ زمانی شناخته‌شده نیست. یکی را از فهرست انتخاب کنید، مانند Asia/Tehran.
error-schedule-timezone_missing = یک منطقهٔ زمانی انتخاب کنید.
error-schedule-end_before_start = تاریخ آخر پیش از تاریخ اول است.
error-schedule-no_days = دست‌کم یک روز انتخاب کنید.
error-schedule-invalid_duration = مدت جلسه بین ۱ دقیقه تا ۲۴ ساعت است.
error-meeting-address_required = جلسهٔ حضوری یا ترکیبی نشانی لازم دارد.
error-meeting-online_access_required = جلسهٔ آنلاین یا ترکیبی لینک تصویری یا شمارهٔ تماس تلفنی لازم دارد.
error-meeting-dial_in_required = جلسهٔ تلفنی شمارهٔ تماس لازم دارد.
error-meeting-invalid_url = لینک تصویری با https:// شروع می‌شود
error-meeting-invalid_dial_in = برای شمارهٔ تلفن فقط رقم، فاصله و + - ( ) به کار ببرید.
error-app-unexpected = مشکلی پیش آمد که Homegroup انتظارش را نداشت؛ چیزی تغییر نکرد. دوباره امتحان کنید، و اگر باز هم پیش آمد، Homegroup را بسته و دوباره باز کنید.
error-import-no_source = یک نشانی وب یا مسیر فایل بدهید، یا فایلی انتخاب کنید.
error-import-bad_service_body = نهادهای خدماتی عدد هستند، مانند ۳، ۱۷.
error-settings-passphrase_mismatch = دو عبارت عبور جدید یکی نیستند.
error-input-date = یک تاریخ وارد کنید.
error-input-time = یک ساعت وارد کنید.
date-field-year = سال
date-field-month = ماه
date-field-day = روز
error-schedule-no_weeks = دست‌کم یک هفته از ماه را انتخاب کنید.
error-schedule-invalid_week = هفته‌های ماه اول تا چهارم، یا آخر هستند.
error-secrets-bad_command = این یک خط فرمان نیست: نقل‌قول‌هایش را بررسی کنید.
error-secrets-command_failed = فرمانی که رمز عبور را چاپ می‌کند کار نکرد. خودتان اجرایش کنید تا ببینید چرا، بعد دوباره امتحان کنید.
error-secrets-password_needed = هیچ رمز عبوری برای این سرور نگه داشته نشده است. آن را برای همین اجرا بدهید، یا فرمانی را نگه دارید که آن را چاپ می‌کند.
error-secrets-no_keyring = دسته‌کلید (keyring) این رایانه نتوانست رمز عبور را نگه دارد. به‌جای آن فرمانی بدهید که رمز را چاپ کند، یا روی پایگاه داده عبارت عبور بگذارید تا رمز همان‌جا رمزگذاری‌شده نگه داشته شود، یا دسته‌کلید را راه بیندازید (GNOME Keyring یا KWallet).
error-share-bad_reply = سرور تقویم مشترک پاسخی فرستاد که Homegroup نتوانست بخواند. Homegroup دوباره تلاش می‌کند.
error-share-bad_resource = یک رویداد در تقویم مشترک به‌صورت جلسه خوانده نشد؛ همان‌طور که بود رها شد.
error-share-conflicts_open = برخی تغییرهایی که اینجا و در تقویم مشترک داده شده با هم نمی‌خوانند. در بخش اشتراک‌گذاری انتخاب کنید کدام بماند.
error-share-no_links = این برنامه هنوز به اشتراک گذاشته نشده است. نشانی تقویم مشترک را در بخش اشتراک‌گذاری اضافه کنید.
error-share-not_a_calendar = این نشانی یک تقویم CalDAV نیست. نشانی CalDAV تقویم را از سرور کپی کنید.
error-schedule-invalid_month_day = روزهای ماه از ۱ تا ۳۱ هستند.
error-schedule-invalid_interval = تکرار هر ۱ تا ۵۲ هفته یا ماه ممکن است.
error-meeting-unknown_format = یکی از قالب‌ها برای این انجمن شناخته‌شده نیست.
error-meeting-invalid_language = کد زبانی مانند fa یا en به کار ببرید.
error-group-duplicate = گروهی با این نام از قبل هست.
error-group-name_empty = برای گروه نامی بگذارید.
error-exception-not_an_occurrence = جلسه در آن تاریخ برگزار نمی‌شود.
error-exception-move_needs_change = تاریخ، ساعت، مدت یا لینک جدیدی برای جابه‌جایی انتخاب کنید.
error-calendar-range_backwards = تاریخ آخر پیش از تاریخ اول است.
error-remote-auth = سرور نام کاربری یا رمز عبور را نپذیرفت.
error-remote-network = دسترسی به سرور ممکن نشد. نشانی و اتصال اینترنت را بررسی کنید.
error-remote-not_found = در آن نشانی هیچ تقویم یا پوشه‌ای نیست و ساختنش هم ممکن نشد. اول آن را روی سرور بسازید.
error-publish-invalid_url = نشانی مجموعه را وارد کنید؛ با https:// شروع می‌شود
error-feed-name_empty = برای فید نامی بگذارید.
error-feed-duplicate = فیدی با این نام از قبل هست.
error-import-html = این نشانی یک صفحهٔ وب داد، نه فهرست جلسه‌ها. شاید به صفحهٔ ورود یا «دسترسی ممنوع» برسد: آن را در مرورگر باز کنید، فهرست را دانلود کنید و فایل را وارد کنید.
error-database-wrong_passphrase = این عبارت عبور پایگاه داده را باز نمی‌کند؛ چیزی تغییر نکرد. Caps Lock و زبان صفحه‌کلید را بررسی کنید و دوباره امتحان کنید.
error-database-passphrase_empty = یک عبارت عبور تایپ کنید: چند کلمه راحت به یاد می‌ماند.
error-serve-port_taken = برنامهٔ دیگری از درگاهی (port) استفاده می‌کند که فیدهای تقویم روی آن ارائه می‌شوند، پس تقویم‌های مشترک‌شده به آن‌ها نمی‌رسند. برنامهٔ دیگر (یک Homegroup دیگر، یا homegroup serve) را ببندید و این صفحه را دوباره باز کنید.
error-schedule-too_frequent = جلسه حداکثر روزی یک بار تکرار می‌شود؛ این قاعده بیشتر از آن تکرار می‌شود.
error-schedule-invalid_count = تعداد تاریخ‌ها باید ۱ یا بیشتر باشد.
error-schedule-count_too_large = جلسه حداکثر پس از ۵٬۰۰۰ تاریخ تمام می‌شود؛ به‌جایش تاریخ پایان بدهید.
error-schedule-year_out_of_range = این سال برای جلسه ممکن نیست: سالی از ۱۹۰۰ تا ۲۱۹۹ (میلادی) بدهید.
error-publish-insecure_url = این نشانی http:// ساده است و رمز عبور در آن بدون رمزگذاری فرستاده می‌شود. نشانی https:// آن را به کار ببرید (http:// فقط برای سروری روی همین رایانه کار می‌کند).
error-import-json_cut_short = فهرست وسط کار تمام می‌شود: ناقص مانده است. دوباره دانلودش کنید.
error-import-json_too_deep = در این فایل فهرست‌ها بیش از حد تو در تو هستند و نمی‌تواند فهرست جلسه‌ها باشد.
error-import-json_bad_number = در این فایل عددی هست که بزرگ‌تر از آن است که معنایی داشته باشد؛ این فهرست جلسه‌ای نیست که Homegroup بتواند بخواند.
error-import-json_bad_text = در این فایل متن خراب هست (یک نویسهٔ کدگذاری‌شده که نویسهٔ معتبری نیست).
error-import-not_utf8_export = فایل، آن‌طور که قالبش لازم دارد، متن UTF-8 نیست. دوباره از همان‌جا که آمده خروجی بگیرید، یا از نگه‌دارنده‌اش بخواهید این کار را بکند.
error-input-invalid_value = Homegroup نمی‌تواند این مقدار را اینجا به کار ببرد؛ آن را بررسی کنید و دوباره امتحان کنید.
error-input-malformed = بخشی از فرم خوانده نشد؛ مقدارها را بررسی کنید و دوباره امتحان کنید.
error-member-duplicate_nickname = کسی در این گروه همین نام مستعار را دارد؛ یک حرف اضافه کنید تا از هم جدا شوند.
error-io = یک فایل قابل استفاده نبود: بررسی کنید که وجود دارد و Homegroup اجازهٔ خواندن و نوشتن آن را دارد.
error-document-not_saved_here = فقط سندی که از همین پنجره ذخیره شده از اینجا باز می‌شود.
error-document-cannot_open = هیچ برنامه‌ای روی این رایانه فایل را باز نکرد؛ آن را از پوشه‌اش باز کنید.
error-backup-damaged = آن نسخهٔ پشتیبان آسیب دیده و به کار نرفت؛ یکی دیگر انتخاب کنید.
error-backup-interrupted = پشتیبان‌گیری ناگهان متوقف شد؛ چیزی تغییر نکرد. دوباره امتحان کنید.
error-backup-missing = آن فایل پشتیبان دیگر آنجا نیست؛ یکی دیگر انتخاب کنید.
error-backup-not_a_database = این فایل نسخهٔ پشتیبان Homegroup نیست، یا با عبارت عبور دیگری ساخته شده است.
error-backup-not_homegroup = این فایل پایگاه داده است، اما نه پایگاه دادهٔ Homegroup؛ به کار نرفت.
error-calendar-range_too_long = حداکثر ۴۰۰ روز را یک‌جا نمایش دهید.
error-chips-already_awarded = این ژتون برای همین تاریخ پاکی قبلاً داده شده است.
error-chips-default_scheme = این‌ها ژتون‌های مشترک انجمن هستند؛ اول آن‌ها را برای گروهتان سفارشی کنید، بعد ویرایش کنید.
error-chips-invalid_amount = بگویید این مرحله چند روز، ماه یا سال را نشان می‌دهد.
error-chips-invalid_item = هر مرحله یک جاکلیدی، مدال یا ژتون است.
error-chips-invalid_nth = این مرحله فقط یک بار داده می‌شود.
error-chips-invalid_stock = موجودی عدد صحیح از ۰ به بالا است.
error-chips-label_empty = برای مرحله نامی بگذارید، مثلاً «۳۰ روز».
error-chips-milestone_awarded = این مرحله قبلاً داده شده است؛ می‌ماند تا سابقه درست خوانده شود.
error-closure-corrupt = یک تاریخ تعطیلی ذخیره‌شده خوانده نمی‌شود؛ تعطیلی را بردارید و دوباره اضافه کنید.
error-database-busy = برنامهٔ دیگری مدت زیادی پایگاه داده را مشغول نگه داشت؛ وقتی کارش تمام شد دوباره امتحان کنید.
error-database-error = پایگاه داده نتوانست این کار را انجام دهد؛ چیزی تغییر نکرد. اگر دوباره پیش آمد، یک نسخهٔ پشتیبان بگیرید و آن را بازگردانی کنید.
error-database-in_use = برنامهٔ دیگری پایگاه داده را باز کرده است (یک Homegroup دیگر، یا homegroup serve)؛ آن را ببندید و دوباره امتحان کنید. چیزی تغییر نکرد.
error-database-migration = پایگاه داده به‌روز نشد؛ همان‌طور که بود ماند. یک نسخهٔ پشتیبان را بازگردانی کنید یا کمک بخواهید.
error-database-no_data_dir = هیچ پوشه‌ای برای داده‌های Homegroup برای این کاربر شناخته نیست؛ HOMEGROUP_DB را روی یک فایل تنظیم کنید.
error-database-not_a_database = این فایل پایگاه دادهٔ Homegroup نیست، یا رمزگذاری شده و عبارت عبورش لازم است.
error-database-passphrase_required = پایگاه داده رمزگذاری شده است: برای باز کردنش عبارت عبور را تایپ کنید.
error-database-passphrase_short = عبارت عبور دست‌کم ۸ نویسه است؛ چند کلمه راحت به یاد می‌ماند.
error-database-plaintext_backups = برخی نسخه‌های پشتیبان قدیمی‌تر رمزگذاری نشده‌اند: انتخاب کنید که با عبارت عبور جدید رمزگذاری شوند یا حذف شوند.
error-database-too_new = این پایگاه داده را Homegroup جدیدتری نوشته است؛ باز یا تغییر داده نشد. برای استفاده از آن، نسخهٔ جدیدتر را نصب کنید.
error-exception-invalid_occurrence = این یکی از تاریخ‌های جلسه نیست.
error-feed-unknown = تقویمی با این نام نیست.
error-group-contact_too_long = راه تماس حداکثر ۲۰۰ نویسه است: یک شمارهٔ تلفن یا یک ایمیل.
error-group-name_too_long = نام گروه حداکثر ۱۲۰ نویسه است.
error-house-duplicate = خانه‌ای با این نام از قبل هست.
error-house-invalid_count = هر قانون بین ۱ تا ۱٬۰۰۰ جلسه می‌خواهد.
error-house-invalid_days = بگویید قانون در چند روز شمرده می‌شود، مثلاً ۹۰.
error-house-name_empty = برای خانه نامی بگذارید.
error-import-bad_csv = خط اول فایل CSV خوانده نمی‌شود؛ آن را در صفحه‌گسترده دوباره با قالب «CSV UTF-8» ذخیره کنید.
error-import-bad_ics = فایل تقویم خراب است؛ دوباره دانلود کنید یا خروجی بگیرید.
error-import-bad_json = فایل JSON معتبری نیست؛ شاید دستی ویرایش شده، یا اصلاً فهرست جلسه نیست.
error-import-csv_columns = خط اول فایل CSV فهرست جلسه‌ها نام ستون‌ها را می‌آورد: دست‌کم Name، Day و Time.
error-import-empty = فهرست خالی است.
error-import-interrupted = وارد کردن ناگهان متوقف شد؛ چیزی تغییر نکرد. دوباره امتحان کنید.
error-import-invalid_url = این نه نشانی وب است و نه فایلی روی این رایانه.
error-import-no_meetings = فهرست خوانده می‌شود، اما هیچ جلسه‌ای در آن نیست.
error-import-not_utf8 = فایل متن UTF-8 نیست؛ در صفحه‌گسترده آن را با قالب «CSV UTF-8» ذخیره کنید.
error-import-too_big = این نشانی خیلی بیشتر از هر فهرست جلسه‌ای داده می‌فرستد؛ نشانی را بررسی کنید.
error-import-too_large = فایل خیلی بزرگ‌تر از هر فهرست جلسه‌ای است؛ بررسی کنید که فایل درست باشد.
error-import-too_many = این فهرست خیلی بیشتر از جلسه‌های هر منطقه‌ای (بیش از ۱۰۰٬۰۰۰) جلسه دارد؛ بررسی کنید که فایل درست باشد.
error-import-unknown_format = این فهرست جلسه‌ای نیست که Homegroup بتواند بخواند (Meeting Guide JSON، BMLT، iCalendar یا CSV).
error-import-wrong_shape = فهرست Meeting Guide فهرستی از جلسه‌هاست؛ این فایل چیز دیگری دارد.
error-keys-malformed = یک خط از این فایل تأیید آسیب دیده است؛ فایل را دوباره از گروه بخواهید.
error-keys-none = این فایل تأیید Homegroup نیست.
error-meeting-invalid_fellowship = یک انجمن از فهرست انتخاب کنید.
error-meeting-invalid_mode = نحوهٔ شرکت را انتخاب کنید: حضوری، آنلاین، ترکیبی یا تلفنی.
error-meeting-unknown_group = آن گروه دیگر وجود ندارد؛ گروه دیگری انتخاب کنید.
error-member-clean_date_future = تاریخ پاکی در آینده است.
error-member-nickname_empty = یک نام مستعار بدهید: یک نام کوچک یا یک حرف کافی است.
error-member-nickname_identifying = نام مستعار نمی‌تواند نشانی ایمیل یا شمارهٔ تلفن باشد.
error-member-nickname_too_long = نام مستعار حداکثر ۴۰ نویسه است.
error-member-relapse_before_clean_date = تاریخ پاکی جدید باید بعد از تاریخ فعلی باشد.
error-night-future = آن جلسه هنوز برگزار نشده است.
error-night-invalid_count = شمار بین ۰ تا ۱۰٬۰۰۰ است.
error-night-not_an_occurrence = جلسه در آن ساعت برگزار نمی‌شود.
error-not_found = این مورد در این فاصله حذف شده است؛ صفحه را دوباره بارگذاری کنید.
error-outside-future = آن تاریخ هنوز نرسیده است.
error-outside-name_required = نام جلسه‌ای را که در آن شرکت کرده بنویسید.
error-outside-slip_other_date = این برگه جلسه‌ای در آن تاریخ را نشان نمی‌دهد.
error-outside-slip_other_member = این برگه مال کس دیگری است.
error-print-page_count = این تعداد صفحه در این قالب چاپ نمی‌شود: دفترچه مضربی از ۴ صفحه دارد و برگهٔ تاشده ۲ رو.
error-print-too_long = فهرست حتی با کوچک‌ترین حروف خوانا در این تعداد صفحه جا نمی‌شود: صفحه‌های بیشتری بدهید یا جلسات یک تقویم را چاپ کنید.
error-qr-too_long = این نشانی برای کد QR خیلی طولانی است.
error-resource-invalid_phone = این شمارهٔ تلفن نیست: از رقم (دست‌کم سه رقم)، فاصله، + - ( ) . و حروف شماره‌های کلمه‌ای مانند 1-800-GET-HELP استفاده کنید.
error-resource-invalid_url = این نشانی وب نیست: نشانی کامل را بنویسید که با https:// شروع شود.
error-resource-name_empty = نامی به این منبع بدهید که مردم آن را با آن می‌شناسند.
error-resource-no_contact = یک شمارهٔ تلفن یا یک نشانی وب بدهید، یا هر دو را.
error-resource-too_long = این بلندتر از جایی است که در فهرست چاپی هست (حداکثر ۱۲۰ نویسه).
error-remote-refused = سرور درخواست را نپذیرفت؛ نشانی و دسترسی‌تان در آنجا را بررسی کنید.
error-flyer-local_only = این فید فقط روی همین رایانه ارائه می‌شود، پس گوشی به نشانیِ روی اطلاعیه نمی‌رسد. اول فید را در یک پوشهٔ وب یا سرور تقویم منتشر کنید (فیدها ← انتشار)، یا فیدها را روی همین Wi-Fi به اشتراک بگذارید.
error-publish-changed_on_server = از وقتی Homegroup فایل را روی سرور نوشت، کسی آن را تغییر داده است، پس رونویسی نشد. آنجا نگاهش کنید، از پوشه حذفش کنید، بعد دوباره منتشر کنید.
error-publish-invalid_public_url = نشانی عمومی‌ای را که اعضا به کار می‌برند وارد کنید؛ با https:// شروع می‌شود
error-publish-public_differs = نشانی عمومی چیزی غیر از آنچه بارگذاری شد نشان می‌دهد. بررسی کنید که نشانی وبِ همان پوشه یا تقویمی باشد که Homegroup در آن منتشر می‌کند.
error-publish-public_is_html = نشانی عمومی به‌جای فایل تقویم یک صفحهٔ وب (صفحهٔ ورود یا نمای پوشه) نشان می‌دهد. نشانی‌ای را به کار ببرید که خودِ فایل‌ها را می‌دهد.
error-publish-public_needs_login = نشانی عمومی ورود می‌خواهد، پس برنامه‌های تقویم اعضا نمی‌توانند آن را بخوانند. پوشه یا تقویم را روی سرور عمومی کنید.
error-publish-public_not_found = در نشانی عمومی چیزی نیست. بررسی کنید که نشانی وبِ همان پوشه‌ای باشد که Homegroup در آن بارگذاری می‌کند.
error-publish-public_refused = نشانی عمومی بازدیدکنندهٔ ناشناس را نپذیرفت. تنظیمات اشتراک‌گذاری سرور را بررسی کنید.
error-publish-public_unreachable = دسترسی به نشانی عمومی ممکن نشد. آن را بررسی کنید، و اینکه سرور به اینترنت وصل است.
error-remote-forbidden = سرور اجازه نمی‌دهد این حساب کاربری آنجا بنویسد. تنظیمات اشتراک‌گذاری پوشه یا تقویم را روی سرور بررسی کنید.
error-remote-server_error = سرور خودش مشکلی داشت و نتوانست پاسخ دهد. Homegroup کمی بعد دوباره تلاش می‌کند؛ چیزی از دست نرفت.
error-remote-full = سرور برای این حساب جای خالی ندارد.
error-remote-login_page = این نشانی یک صفحهٔ وب است (احتمالاً صفحهٔ ورود)، نه پوشهٔ WebDAV. نشانی WebDAV سرور را به کار ببرید.
error-remote-redirected = سرور Homegroup را به صفحهٔ دیگری فرستاد، معمولاً صفحهٔ ورود. خودِ نشانی WebDAV یا CalDAV سرور را به کار ببرید.
error-remote-timeout = سرور به‌موقع پاسخ نداد. Homegroup بعداً دوباره تلاش می‌کند.
error-report-invalid_range = تاریخ پایان پیش از تاریخ شروع است.
error-resident-duplicate = این عضو از قبل در این خانه ساکن است.
error-resident-move_in_future = تاریخ ورود بیش از دو ماه دیگر است.
error-resident-move_in_required = تاریخ ورود را بدهید.
error-resident-move_out_before_in = تاریخ خروج پیش از تاریخ ورود است.
error-roster-name_too_long = هر نام در فهرست نوبت حداکثر ۸۰ نویسه است.
error-schedule-date_after_end = یکی از تاریخ‌ها بعد از تاریخ آخر است.
error-schedule-invalid_rule = قاعدهٔ تکرار معتبر نیست؛ به‌جایش یکی از تکرارهای فهرست را انتخاب کنید.
error-serve-bind = فیدهای تقویم روی نشانی شبکهٔ این رایانه ارائه نمی‌شوند.
error-slip-bad_key = کلید ذخیره‌شدهٔ گروه آسیب دیده است؛ آن را باطل کنید تا کلید جدیدی ساخته شود.
error-slip-invalid_range = تاریخ پایان پیش از تاریخ شروع است.
error-slip-malformed = این نه کد برگه است (۱۲ حرف و رقم) و نه متن کد QR برگه.
error-slip-no_attendance = در آن تاریخ‌ها هیچ ثبت حضوری برای این عضو در جلسه‌های گروه نیست.
error-slip-no_checkin = این برگه جلسه‌ای را نام می‌برد که این عضو در آن ثبت حضور نکرده است.
error-slip-no_key = گروه هنوز کلیدی ندارد؛ با اولین برگه ساخته می‌شود.
error-slip-not_offered = این گروه تأیید حضور ارائه نمی‌دهد.
error-slip-revoked = گروه کلیدی را که این برگه را امضا کرده باطل کرده است؛ برگهٔ جدیدی از گروه بخواهید.
error-slip-tampered = برگه پس از امضا تغییر داده شده است: امضایش جور درنمی‌آید.
error-slip-unknown_code = هیچ برگه‌ای با این کد اینجا صادر نشده است؛ کد QR برگه را اسکن کنید تا با کلید عمومی گروه بررسی شود.
error-slip-unknown_key = برگه با کلیدی امضا شده که این رایانه نمی‌شناسد؛ اول کلید عمومی گروه را وارد کنید.
error-source-invalid_refresh = به‌روزرسانی بین هر ۱۵ دقیقه تا ماهی یک بار ممکن است.
error-source-invalid_time = Homegroup این ساعت را نمی‌تواند بخواند.
error-venue-address_required = نشانی محل را بدهید.
error-venue-invalid_latitude = عرض جغرافیایی بین منفی ۹۰ و ۹۰ است.
error-venue-invalid_longitude = طول جغرافیایی بین منفی ۱۸۰ و ۱۸۰ است.
error-venue-partial_coordinates = هم عرض و هم طول جغرافیایی را بدهید، یا هیچ‌کدام را.

week-1 = اول
week-2 = دوم
week-3 = سوم
week-4 = چهارم
week-last = آخر

dayname-MO = دوشنبه
dayname-TU = سه‌شنبه
dayname-WE = چهارشنبه
dayname-TH = پنج‌شنبه
dayname-FR = جمعه
dayname-SA = شنبه
dayname-SU = یک‌شنبه

status-scheduled = طبق برنامه
status-cancelled = لغوشده
status-moved = جابه‌جاشده
status-closed = تعطیل
status-noted = یادداشت

dates-title = تاریخ‌های «{ $name }»
dates-close = بستن
dates-cancel = لغو تاریخ
dates-move = جابه‌جایی
dates-note = افزودن یادداشت
dates-undo = برگرداندن تغییر
dates-none = در شش ماه آینده تاریخی نیست.
dates-new_url = لینک برای این تاریخ
dates-reason = دلیل
dates-note_text = یادداشت
dates-form-cancelled = لغو { $date }
dates-form-moved = جابه‌جایی { $date }
dates-form-noted = یادداشت برای { $date }
dates-apply-cancelled = لغو این تاریخ
dates-apply-moved = جابه‌جایی این تاریخ
dates-apply-noted = ذخیرهٔ یادداشت
dates-saved-cancelled = { $date } لغو شد.
dates-saved-moved = { $date } جابه‌جا شد.
dates-saved-noted = یادداشت برای { $date } ذخیره شد.
dates-restored = { $date } به حالت عادی برگشت.

closures-title = تعطیلی‌های موقت
closures-hint = همهٔ تاریخ‌های این بازه تعطیل نشان داده می‌شوند و به‌عنوان جلسهٔ برگزارشونده منتشر نمی‌شوند.
closures-from = از
closures-to = تا
closures-add = تعطیل در این تاریخ‌ها
closures-remove = بازگشایی

cal-title = تقویم
cal-zone = ساعت‌ها به وقتِ
cal-filters = فیلتر جلسه‌ها
cal-search = جستجو
cal-search_hint = نام، مکان، یادداشت
cal-any = همه
cal-day = روز
cal-format = قالب
cal-today = امروز
cal-month = ماه
cal-week = هفته
cal-agenda = فهرست
cal-count =
    { $n ->
        [one] { $n } نوبت نمایش داده شده
       *[other] { $n } نوبت نمایش داده شده
    }
cal-side = جزئیات و هشدارها
cal-local_time = { $time } به وقت محل برگزاری ({ $zone })
cal-was = قبلاً { $time }
cal-facilitator = گرداننده: { $person }
cal-no_facilitator = گرداننده‌ای تعیین نشده است.
cal-conflicts = تداخل‌ها
cal-no_conflicts = در این تاریخ‌ها تداخلی نیست.
cal-conflict-same_room = «{ $a }» و «{ $b }» در { $date } در یک اتاق هم‌زمان‌اند.
cal-conflict-same_facilitator = «{ $a }» و «{ $b }» در { $date } با یک گرداننده هم‌زمان‌اند.
cal-unstaffed = جلسه‌های SMART بدون گرداننده
cal-all_staffed = همهٔ جلسه‌های SMART پیش‌رو که نمایش داده شده‌اند گرداننده دارند.
cal-assign = تعیین
cal-assign_hint = گرداننده
cal-assign_label = گردانندهٔ { $name } در { $date }
cal-assigned = { $person } گردانندهٔ { $name } در { $date } خواهد بود.
cal-today_is = امروز: { $date }
cal-prev_month = ماه قبل
cal-next_month = ماه بعد
cal-prev_week = هفتهٔ قبل
cal-next_week = هفتهٔ بعد
cal-view = نما
cal-more =
    { $n ->
        [one] { $n } مورد دیگر
       *[other] { $n } مورد دیگر
    }
cal-nothing = در این روزها جلسه‌ای نیست.
cal-narrow = فقط { $n } مورد اول فهرست شده است؛ برای دیدن بقیه، فیلترها را محدودتر کنید.
cal-more_conflicts =
    { $n ->
        [one] و { $n } تداخل دیگر؛ برای دیدنش فیلترها را محدودتر کنید
       *[other] و { $n } تداخل دیگر؛ برای دیدنشان فیلترها را محدودتر کنید
    }

ord-last = آخر
ord-last_day = آخر ماه
ord-1 = اول
ord-2 = دوم
ord-3 = سوم
ord-4 = چهارم
ord-5 = پنجم
ord-day =
    { NUMBER($n, type: "ordinal") ->
       *[other] { $n }
    }

dayname_pl-MO = دوشنبه
dayname_pl-TU = سه‌شنبه
dayname_pl-WE = چهارشنبه
dayname_pl-TH = پنج‌شنبه
dayname_pl-FR = جمعه
dayname_pl-SA = شنبه
dayname_pl-SU = یک‌شنبه

rule-once = یک بار، { $date }
rule-daily = هر روز
rule-daily_except = هر روز به جز { $day }
rule-weekly = هر { $days }
rule-biweekly = یک هفته در میان، { $days }
rule-weekly_n = هر { $n } هفته یک بار، { $days }
rule-monthly_weekday = { $day } { $weeks } هر ماه
rule-monthly_weekday_n = { $day } { $weeks }، هر { $n } ماه یک بار
rule-monthly_date = هر ماه، روز { $dates }
rule-monthly_date_n = هر { $n } ماه یک بار، روز { $dates }
rule-dates = در تاریخ‌های { $dates }
rule-custom = طبق قاعدهٔ { $rule }
rule-until = تا { $date }

feeds-lead = اعضا یک بار مشترک می‌شوند و برنامهٔ تقویمشان هر تغییری را دنبال می‌کند. فیدها فقط جلسه‌ها را دارند: هرگز اعضا، حضور یا ژتون‌ها را.
feeds-server = سرور فید
feeds-serving_local = فیدها در { $base } ارائه می‌شوند، فقط روی همین رایانه.
feeds-serving_lan = فیدها در { $base } به گوشی‌ها و رایانه‌های همین شبکه ارائه می‌شوند.
feeds-not_serving = سرور فید کار نمی‌کند؛ برای امتحان دوباره، Homegroup را بسته و دوباره باز کنید.
feeds-share_lan = اشتراک فیدها با گوشی‌های این شبکه
feeds-share_hint = گوشی‌ها باید به همان Wi-Fi وصل باشند و این رایانه روشن باشد. برای اینکه اعضا از هر جایی به آن برسند، در یک سرور تقویم (پایین) منتشر کنید.
feeds-qr_alt = کد QR برای مشترک شدن در { $name }
feeds-count =
    { $n ->
        [one] { $n } جلسه
       *[other] { $n } جلسه
    }
feeds-webcal = لینک اشتراک (webcal)
feeds-http = نشانی تقویم (https/http)
feeds-json = Meeting Guide JSON
feeds-copy = کپی
feeds-copied = { $what } کپی شد.
feeds-flyer = چاپ اطلاعیه (PDF)
feeds-flyer_saved = اطلاعیه در { $path } ذخیره شد
feeds-delete = حذف فید
feeds-delete_confirm = فید «{ $name }» حذف شود؟ تقویم‌هایی که در آن مشترک‌اند دیگر به‌روز نمی‌شوند.
feeds-new = فید جدید
feeds-name = نام
feeds-name_hint = مثلاً جلسه‌های آنلاین
feeds-holds = شامل
feeds-kind-online = جلسه‌های آنلاین، تلفنی و ترکیبی
feeds-kind-language = جلسه‌های یک زبان
feeds-kind-format = جلسه‌های یک قالب
feeds-kind-group = جلسه‌های یک گروه
feeds-kind-program = کل برنامه
feeds-add = افزودن فید
feeds-created = فید «{ $name }» اضافه شد.
feeds-publish = انتشار در جایی که اعضا همیشه به آن دسترسی دارند
feeds-publish_hint = یک پوشهٔ وب (WebDAV: Nextcloud، ownCloud، Apache، بسیاری از میزبان‌های وب) یا یک سرور تقویم (CalDAV: Nextcloud، Radicale…) تقویم اعضا را حتی وقتی این رایانه خاموش است به‌روز نگه می‌دارد. تا وقتی Homegroup باز است، پس از هر تغییر خودش دوباره منتشر می‌کند.
feeds-which = فید
feeds-collection = نشانی بارگذاری
feeds-user = نام کاربری
feeds-password = رمز عبور
feeds-publish_add = ذخیره و انتشار
feeds-publish_now = انتشار همین حالا
feeds-remove_confirm = انتشار در { $url } متوقف شود؟ آنجا چیزی حذف نمی‌شود؛ اعضایی که در آن مشترک‌اند دیگر تغییرها را دریافت نمی‌کنند.
feeds-publish_save = ذخیره و انتشار
feeds-remove = برداشتن
feeds-last_run = آخرین انتشار: { $at }
feeds-program_name = کل برنامه
feeds-public_webcal = لینک اشتراک، همیشه در دسترس
feeds-public_http = نشانی تقویم، همیشه در دسترس
feeds-local_only = ارائه از این رایانه، فقط برای همین رایانه
feeds-local_wifi = ارائه از این رایانه، روی همین Wi-Fi تا وقتی روشن است
feeds-qr_public = همه‌جا و همیشه کار می‌کند
feeds-qr_local = فقط روی همین رایانه کار می‌کند: برای گوشی‌ها فید را منتشر کنید
feeds-qr_wifi = روی همین Wi-Fi کار می‌کند، تا وقتی این رایانه روشن است
feeds-kind_label = نوع
feeds-kind_webdav = پوشهٔ وب (WebDAV)
feeds-kind_caldav = سرور تقویم (CalDAV)
feeds-public_url = نشانی عمومی برای اعضا
feeds-public_url_hint_webdav = نشانی وبی که این پوشه را به همه نشان می‌دهد، مثلاً https://example.org/meetings/
feeds-public_url_hint_caldav = لینک عمومی تقویم، اگر سرور چنین چیزی دارد
feeds-published_ago = انتشار: { $ago }
feeds-never_published = هنوز منتشر نشده
feeds-public_ok = اعضا در { $url } مشترک می‌شوند
feeds-public_problem = بارگذاری انجام شد، اما نشانی عمومی کار نمی‌کند: { $why }
feeds-failed = آخرین تلاش ناموفق بود: { $why } Homegroup خودش دوباره تلاش می‌کند.
feeds-no_public = نشانی عمومی داده نشده است: اعضا هنوز نمی‌توانند از این راه مشترک شوند.
feeds-published = در { $url } منتشر شد: { $created } جدید، { $updated } به‌روزشده، { $unchanged } بی‌تغییر، { $deleted } حذف‌شده.
feeds-kind-meeting = یک جلسه
printlist-open = چاپ فهرست جلسات…
printlist-title = چاپ فهرست جلسات: { $name }
printlist-lead = تاشده در جیب، چسبیده به در، گذاشته در بیمارستان: انتخاب کنید روی کاغذ چگونه باشد. تصویرها، هر دو روی برگهٔ اول را همان‌طور که چاپ می‌شود نشان می‌دهند.
printlist-layout = قالب
printlist-layout-full = صفحهٔ کامل، دو ستون
printlist-layout-trifold = سه‌لت (یک برگ، سه‌تا)
printlist-layout-quadfold = چهارلت (یک برگ، چهار ستون در هر رو)
printlist-layout-booklet = دفترچه (از وسط تاشده)
printlist-group_by = دسته‌بندی
printlist-by_day = بر پایهٔ روز و ساعت
printlist-by_city = بر پایهٔ شهر
printlist-first_day = آغاز هفته
printlist-cities = اول این شهرها، به همین ترتیب
printlist-cities_hint = با ویرگول جدا کنید؛ بقیه به ترتیب الفبا می‌آیند.
printlist-paper = کاغذ
printlist-paper_usual = کاغذ معمول این قالب
printlist-paper-letter = Letter
printlist-paper-a4 = A4
printlist-paper-legal = Legal
printlist-pages = دقیقاً این تعداد صفحه
printlist-pages_hint = خالی بگذارید تا هر چند صفحه که لازم است؛ حروف کمی کوچک می‌شوند تا جا شوند.
printlist-pages_number = تعداد صفحه‌ها را با رقم بنویسید، یا خالی بگذارید.
printlist-link_qr = جلسات آنلاین با کد QR پیوندشان
printlist-save = ذخیرهٔ PDF…
printlist-close = بستن
printlist-preview_alt = روی اول فهرست جلسات، همان‌طور که چاپ می‌شود
printlist-preview_back = روی دیگر همان برگه
printlist-summary = { $meetings ->
    [one] یک جلسه
   *[other] { $meetings } جلسه
} در { $pages ->
    [one] یک صفحه
   *[other] { $pages } صفحه
}.
printlist-shrunk = { " " }حروف در { $percent }٪ اندازه‌اند تا جا شوند.
printlist-drawing = در حال کشیدن پیش‌نمایش…
printlist-saved = فهرست جلسات در { $path } ذخیره شد.
resources-title = منابع محلی
resources-lead = خطوط کمک، خطوط بحران و جست‌وجوگرهای درمان برای تازه‌واردی که امشب به چیزی بیش از یک جلسه نیاز دارد. روی هر فهرست و برگهٔ چاپی می‌آیند و در توضیح تقویم‌ها می‌روند.
resources-none = هنوز منبع محلی‌ای نیست. برنامهٔ تازه بدون منبع آغاز می‌شود: منابعی را که ناحیهٔ شما به آن‌ها اعتماد دارد اضافه کنید.
resources-name = نام
resources-name_hint = خط بحران
resources-phone = تلفن
resources-url = نشانی وب
resources-hours = ساعت‌ها
resources-add = افزودن منبع
resources-save = ذخیرهٔ منبع
resources-added = { $name } افزوده شد.
resources-saved = { $name } ذخیره شد.
resources-removed = { $name } برداشته شد.
resources-remove = برداشتن
resources-remove_confirm = { $name } از همهٔ فهرست‌ها، برگه‌ها و تقویم‌ها برداشته شود؟
resources-up = { $name } بالاتر برود
resources-down = { $name } پایین‌تر برود

secrets-command_label = یا فرمانی که رمز عبور را چاپ می‌کند
secrets-command_hint = هر بار که رمز عبور لازم باشد، بدون پوسته (shell) اجرا می‌شود؛ فقط خود فرمان نگه داشته می‌شود، هرگز آنچه چاپ می‌کند.

import-open = وارد کردن فهرست جلسه‌ها…
import-title = وارد کردن فهرست جلسه‌ها
import-intro = از فید Meeting Guide، سرور BMLT، فایل تقویم (.ics) یا صفحه‌گسترده (CSV). پیش از ذخیرهٔ هر چیزی می‌بینید چه چیزی تغییر می‌کند؛ وارد کردن دوبارهٔ همان فهرست، همان جلسه‌ها را به‌روز می‌کند.
import-location = نشانی وب یا مسیر فایل
import-or_file = …یا یک فایل انتخاب کنید
import-format = نوع فایل
import-format-auto = تشخیص خودکار
import-fellowship = انجمنِ این جلسه‌ها
import-service_bodies = نهادهای خدماتی (شناسه‌های BMLT)
import-service_bodies_help = عددهایی که با ویرگول از هم جدا شده‌اند؛ خالی برای همهٔ جلسه‌های سرور.
import-bad_service_body = نهادهای خدماتی عدد هستند، مانند ۳، ۱۷.
import-need_source = یک نشانی وب یا مسیر فایل بدهید، یا فایلی انتخاب کنید.
import-progress = { $done } از { $total } جلسه
import-reading = در حال خواندن فهرست…
import-applying = در حال وارد کردن…
import-preview_title = تغییرهایی که این ورود ایجاد می‌کند ({ $format })
import-created = جدید
import-updated = تغییرکرده
import-unchanged = بی‌تغییر
import-removed = حذف‌شده
import-new_meetings =
    { $n ->
        [one] { $n } جلسهٔ جدید
       *[other] { $n } جلسهٔ جدید
    }
import-changed_meetings =
    { $n ->
        [one] { $n } جلسهٔ تغییرکرده
       *[other] { $n } جلسهٔ تغییرکرده
    }
import-removed_meetings =
    { $n ->
        [one] { $n } جلسه که دیگر در فهرست نیست و حذف می‌شود
       *[other] { $n } جلسه که دیگر در فهرست نیستند و حذف می‌شوند
    }
import-kept =
    { $n ->
        [one] { $n } مورد از این جلسه‌ها را اینجا ویرایش کرده‌اید؛ نسخهٔ شما نگه داشته می‌شود:
       *[other] { $n } مورد از این جلسه‌ها را اینجا ویرایش کرده‌اید؛ نسخه‌های شما نگه داشته می‌شوند:
    }
import-overwrite = ویرایش‌های من با نسخهٔ فهرست جایگزین شود
import-skipped =
    { $n ->
        [one] { $n } مورد قابل استفاده نبود
       *[other] { $n } مورد قابل استفاده نبود
    }
import-preview = پیش‌نمایش
import-apply = وارد کردن
import-nothing = چیزی برای تغییر نیست
import-done = وارد شد: { $created } جدید، { $updated } تغییرکرده، { $unchanged } بی‌تغییر، { $removed } حذف‌شده.
import-warning = { $record }: { $problem }
import-record-name = «{ $name }»
import-record-line = سطر { $n }
import-record-number = رکورد { $n }
import-record-event = رویداد { $uid }
import-record-unnamed = جلسه‌ای بی‌نام
import-problem-not_a_meeting = جلسه نیست
import-problem-no_name = بی‌نام
import-problem-no_id = بدون شناسه‌ای که فهرست برایش نگه می‌دارد (slug در Meeting Guide، شناسه در BMLT)
import-problem-duplicate_id = شناسهٔ { $value } دو بار آمده است؛ دومی نادیده گرفته شد
import-problem-unpublished = روی سرور منتشر نشده است
import-problem-no_day = بدون روز
import-problem-by_appointment = بدون روز (جلسه با وقت قبلی)
import-problem-bad_day = «{ $value }» روزی از هفته نیست
import-problem-bad_time = «{ $value }» ساعتی مانند 19:00 یا 7:00 PM نیست
import-problem-unknown_zone = منطقهٔ زمانی «{ $value }» نه شناخته‌شده است و نه در پرونده تعریف شده
import-problem-all_day = رویدادی تمام‌روز است، نه جلسه‌ای با ساعت شروع
import-problem-bad_length = { $value } دقیقه طول می‌کشد؛ جلسه بین ۱ دقیقه و ۲۴ ساعت است
import-problem-bad_rule = قاعدهٔ تکرارش را نمی‌شود دنبال کرد ({ $value })
import-problem-invalid = بررسی‌های Homegroup آن را نپذیرفت
import-problem-refused = { $reason } ({ $value })
import-problem-unknown_formats = قالب‌های { $value } اینجا معادلی ندارند و کنار گذاشته شدند
import-problem-extra_dates = { $value } تاریخ اضافه در کنار قاعدهٔ تکرار کنار گذاشته شد
import-problem-extra_dates_time = تاریخ‌های اضافه در ساعتی دیگر، در ساعت همیشگی خوانده شدند
import-problem-orphan_changes = تغییرات رویداد { $value } کنار گذاشته شد: پرونده رویدادی را که تغییر می‌دهند ندارد
import-problem-change_unreadable = تاریخ تغییرکردهٔ { $value } خوانده نشد
import-problem-change_not_a_date = تغییری در { $value } کنار گذاشته شد: جلسه آن روز برگزار نمی‌شود
import-problem-recorded = { $value }
import-reason-not_a_meeting = جلسه نیست
import-reason-no_name = بی‌نام
import-reason-no_id = بدون شناسه‌ای که فهرست نگه می‌دارد
import-reason-duplicate_id = یک شناسه دو بار
import-reason-unpublished = روی سرور منتشر نشده
import-reason-no_day = بدون روز هفته
import-reason-by_appointment = با وقت قبلی، بدون روز
import-reason-bad_day = روزی که روز هفته نیست
import-reason-bad_time = ساعتی که خوانده نشد
import-reason-unknown_zone = منطقهٔ زمانی ناشناخته
import-reason-all_day = رویداد تمام‌روز
import-reason-bad_length = کوتاه‌تر از یک دقیقه یا بلندتر از یک روز
import-reason-bad_rule = قاعدهٔ تکراری که نمی‌شود دنبالش کرد
import-reason-invalid = ردشده در بررسی‌های Homegroup
import-reason-unknown_formats = کدهای قالب بی‌معادل، کنار گذاشته‌شده
import-reason-extra_dates = تاریخ‌های اضافه کنار قاعدهٔ تکرار، کنار گذاشته‌شده
import-reason-extra_dates_time = تاریخ‌های اضافه در ساعتی دیگر، خوانده‌شده در ساعت همیشگی
import-reason-orphan_changes = تغییرات رویدادی که در پرونده نیست
import-reason-change_unreadable = تاریخ تغییرکرده‌ای که خوانده نشد
import-reason-change_not_a_date = تغییری در روزی که جلسه برگزار نمی‌شود
import-reason-recorded = ثبت‌شده در نسخهٔ پیشین
import-summary-partly = { $n ->
    [one] یکی با چیزی کنار گذاشته‌شده وارد شد
   *[other] { $n } مورد با چیزی کنار گذاشته‌شده وارد شد
}
import-summary-skipped = { $n ->
    [one] یک مورد رد شد
   *[other] { $n } مورد رد شد
}
import-summary-will_come = { $n ->
    [one] یک جلسه وارد خواهد شد
   *[other] { $n } جلسه وارد خواهد شد
}
import-summary-will_partly = { $n ->
    [one] یکی با چیزی کنار گذاشته‌شده وارد خواهد شد
   *[other] { $n } مورد با چیزی کنار گذاشته‌شده وارد خواهد شد
}
import-summary-will_skip = { $n ->
    [one] یک مورد رد خواهد شد
   *[other] { $n } مورد رد خواهد شد
}
import-more = { $n ->
    [one] …و یکی دیگر.
   *[other] …و { $n } مورد دیگر.
}
import-choose_file = انتخاب فایل…

sources-title = فهرست‌های واردشده
sources-never_run = هنوز وارد نشده
sources-failed = { $when }: ناموفق ({ $why })؛ چیزی تغییر نکرد
sources-ran = آخرین بار: { $when }: { $created } جدید، { $updated } تغییرکرده، { $removed } حذف‌شده
sources-run_counts = { $created } جدید، { $updated } تغییرکرده، { $unchanged } بی‌تغییر، { $removed } حذف‌شده
sources-refresh_label = هر چند وقت یک بار { $source } به‌روز شود
sources-every-never = به‌روزرسانی دستی
sources-every-hour = هر ساعت
sources-every-six_hours = هر ۶ ساعت
sources-every-day = هر روز
sources-every-week = هر هفته
sources-refresh = به‌روزرسانی همین حالا
sources-refreshing = در حال به‌روزرسانی…
sources-history = سابقه
sources-forget = فراموش کردن
sources-forget_confirm = { $source } فراموش شود؟ جلسه‌هایش به‌عنوان جلسه‌های خودتان می‌مانند و دیگر از آن به‌روز نمی‌شوند.

common-save = ذخیره

night-title = شب جلسه
night-meeting = جلسه
night-date = تاریخ
night-no_meetings = هنوز جلسه‌ای نیست. در صفحهٔ «جلسه‌ها» یکی اضافه کنید، بعد اینجا حضور افراد را ثبت کنید.
night-checkin = ثبت حضور
night-type_name = نام مستعار را تایپ کنید…
night-hint = کلید Enter حضور نام مشخص‌شده را ثبت می‌کند (با ↑ ↓ انتخاب کنید). نامی که هنوز کسی ندارد به‌عنوان تازه‌وارد اضافه می‌شود.
night-add_newcomer = افزودن «{ $name }» به‌عنوان تازه‌وارد
night-already_in = حضور { $name } امشب ثبت شده است
night-checked_in = حضور { $name } ثبت شد.
night-newcomer_added = خوش آمدی، { $name }! اضافه شد و حضورش ثبت شد.
night-here = حاضران امشب
night-first_time = بار اول
night-days =
    { $n ->
        [one] { $n } روز
       *[other] { $n } روز
    }
night-undo_named = لغو ثبت حضور { $name }
night-counts = شمارش‌ها
night-attendance = حاضران در جلسه
night-newcomers = تازه‌واردها
night-less = یکی کمتر: { $what }
night-more = یکی بیشتر: { $what }
night-held = جلسه برگزار شد
night-due = ژتون‌های موعد امشب
night-none_due = برای حاضران امشب ژتونی موعد نیست.
night-in_box = { $n } در جعبه
night-award_named = دادن { $chip } به { $name }
night-award = دادن
night-awarded = { $chip } به { $name } داده شد.
night-awarded_tonight = داده‌شده امشب
night-undo_award = پس گرفتن { $chip } از { $name }
night-trends = ۱۲ هفتهٔ گذشته
night-export_csv = ذخیرهٔ گزارش ۹۰ روزه (CSV)
night-csv_saved = گزارش در { $path } ذخیره شد
night-nothing_today_next = امروز هیچ‌کدام از جلسه‌های شما برگزار نمی‌شود. جلسهٔ بعدی: { $name }، { $when }.
night-nothing_today = امروز و تا ۶۰ روز آینده جلسه‌ای نیست.
night-nothing_today_pick = برای ثبت جلسهٔ دیگری، آن را در بالا انتخاب کنید یا نامش را تایپ کنید.
night-choose_meeting = یک جلسه انتخاب کنید
night-nothing_today_next_any = امروز هیچ جلسه‌ای برگزار نمی‌شود. جلسهٔ بعدی: { $name }، { $when }.
night-other_meeting = جلسهٔ دیگر
night-find_hint = نامش را تایپ کنید

chip-item-keytag = جاکلیدی
chip-item-medallion = مدال
chip-item-chip = ژتون
chip-item-coin = سکه

trend-attendance_label = حضور در هر هفته؛ تازه‌واردها در پایین هر ستون
trend-chips_label = ژتون‌های داده‌شده در هر هفته
trend-attendance = حضور
trend-newcomers = تازه‌واردها
trend-returning = اعضای قدیمی‌تر
trend-chips = ژتون‌های داده‌شده
trend-week = هفته
trend-meetings = جلسه‌ها
trend-show_numbers = نمایش عددها
trend-hide_numbers = پنهان کردن عددها

members-title = اعضا و ژتون‌ها
members-intro = اعضا با یک نام مستعار و، اگر بخواهند، تاریخ پاکی شناخته می‌شوند. هیچ چیز دیگری پرسیده یا نگه داشته نمی‌شود.
members-nickname = نام مستعار
members-clean_date = تاریخ پاکی
members-clean_time = مدت پاکی
members-last_seen = آخرین حضور
members-group = گروه خانگی
members-no_group = بدون گروه خاص
members-add = افزودن عضو
members-added_to = { $name } به { $group } اضافه شد.
members-added_no_group = { $name } بدون گروه خاص اضافه شد.
members-duplicate_in = { $name } از قبل عضو { $group } است؛ یک حرف اضافه کنید تا از هم جدا شوند.
members-duplicate_no_group = { $name } از قبل به‌عنوان عضو بدون گروه خاص هست؛ یک حرف اضافه کنید تا از هم جدا شوند.
members-saved = { $name } ذخیره شد.
members-empty = هنوز عضوی نیست. اعضا را اینجا اضافه کنید، یا در شب جلسه حضور تازه‌واردها را ثبت کنید.
members-count =
    { $n ->
        [one] { $n } عضو
       *[other] { $n } عضو
    }
members-find_hint = هر بخشی از نام مستعار
members-none_found = نام مستعار هیچ عضوی «{ $text }» را ندارد.
members-days =
    { $n ->
        [one] { $n } روز
       *[other] { $n } روز
    }
members-years =
    { $n ->
        [one] { $n } سال
       *[other] { $n } سال
    }
members-edit_named = ویرایش { $name }
members-relapse = تاریخ پاکی جدید
members-relapse_named = ثبت تاریخ پاکی جدید برای { $name }
members-new_clean_date = تاریخ پاکی جدید برای { $name }
members-record_relapse = ثبت
members-relapse_help = تاریخ پاکی قبلی و ژتون‌هایی که با آن داده شده نگه داشته می‌شوند؛ جاکلیدی «خوش آمدی دوباره» موعدش می‌رسد.
members-relapse_saved = تاریخ پاکی جدید ثبت شد.
members-forget = فراموش کردن
members-forget_named = فراموش کردن { $name }
members-forget_confirm = { $name } برای همیشه فراموش شود؟ ثبت حضورها و ژتون‌هایش هم پاک می‌شوند. این کار برگشت‌پذیر نیست.
members-forgotten = { $name } فراموش شد.
members-stock = ژتون‌های داخل جعبه
members-chip = نوع
members-on_hand = موجود
members-reorder_at = حد سفارش دوباره
members-on_hand_of = موجودی { $chip }
members-reorder_at_of = حد سفارش دوبارهٔ { $chip }
members-last_90 = داده‌شده (۹۰ روز)
members-reorder = سفارش دوباره
members-stock_saved = موجودی { $chip } ذخیره شد.
members-birthdays = تولدهای پاکی این ماه
members-no_birthdays = این ماه هیچ تولد پاکی‌ای نیست.
members-schemes = مرحله‌هایی که داده می‌شوند
members-customise_for = مرحله‌های اختصاصی برای گروه
members-customise = ساختن نسخه‌ای برای ویرایش
members-customised = اکنون گروه نسخهٔ خودش را دارد.
members-scheme = مجموعه
members-milestone_label = نام
members-after = پس از
members-unit = واحد
members-unit-day = روز
members-unit-month = ماه
members-unit-year = سال
members-unit-welcome = اولین حضور
members-unit-welcome_back = بازگشت پس از لغزش
members-item = نوع
members-item-keytag = جاکلیدی
members-item-chip = ژتون
members-item-medallion = مدال
members-colour = رنگ
members-repeats = برای هر واحد بعدی هم
members-add_milestone = افزودن مرحله
members-milestone_added = { $chip } اضافه شد.
members-milestone_removed = { $chip } برداشته شد.
members-remove_milestone = برداشتن { $chip }
members-slips = برگه‌های حضور
members-slips_none = هیچ گروهی در اینجا تأیید حضور ارائه نمی‌دهد. هر گروه خودش در این باره تصمیم می‌گیرد: آن را در تنظیمات گروه، زیر «گروه‌ها» در بالا، علامت بزنید.
members-slips_intro = برگهٔ حضور فقط جلسه، تاریخ و نام مستعار را نشان می‌دهد و با کلید گروه امضا می‌شود. فقط حضور را تأیید می‌کند، نه چیز دیگری.
members-from = از
members-to = تا
members-print_slip = چاپ برگه
members-slip_saved = برگهٔ { $code } در { $path } ذخیره شد
members-export_key = خروجی گرفتن از کلید تأیید
members-key_saved = کلید عمومی و دستورالعمل در { $path } ذخیره شد
members-revoke_key = باطل کردن کلید
members-revoke_confirm = کلید گروه باطل شود؟ همهٔ برگه‌هایی که با آن امضا شده دیگر تأیید نمی‌شوند؛ برگه‌های جدید کلید جدیدی می‌گیرند.
members-key_revoked = کلید باطل شد. فایل تأیید جدید را برای خانه‌ها و دادگاه‌ها بفرستید.

groups-title = گروه‌ها
groups-none = هنوز گروهی نیست. گروه در ویرایشگر جلسه، همراه جلسه‌ای که برگزار می‌کند ساخته می‌شود؛ تنظیماتش اینجا نگه داشته می‌شود.
groups-name = نام گروه
groups-contact = راه تماس
groups-contact_hint = تلفن یا ایمیلی که گروه در اختیار دیگران می‌گذارد
groups-meetings =
    { $n ->
        [one] { $n } جلسه
       *[other] { $n } جلسه
    }
groups-verifies = برگهٔ حضور امضا می‌کند
groups-no_verification = بدون برگهٔ حضور
groups-edit_named = ویرایش گروه { $name }
groups-saved = گروه { $name } ذخیره شد.

houses-title = خانه‌های بهبودی
houses-house = خانه
houses-new = خانهٔ جدید
houses-add = افزودن خانه
houses-created = { $name } اضافه شد.
houses-empty = هنوز خانه‌ای نیست. خانهٔ بهبودی اینجا جلسه‌های ساکنانش را با قوانین خودش می‌سنجد.
houses-rules = قوانین خانه
# یک قانون خانه به زبان ساده، از اجزایش: «هفته‌ای ۵، دورهٔ ۱، جلسه‌های NA».
houses-rule-per_week = هفته‌ای { $count }
houses-rule-in_first_days = { $count } در { $days } روز اول
houses-rule-phase = دورهٔ { $phase }
houses-rule-counts = جلسه‌های { $fellowships }
houses-no_rules = هنوز قانونی نیست: قانونی مانند ۵ جلسه در هفته، یا ۹۰ جلسه در ۹۰ روز اول اضافه کنید.
houses-count = جلسه‌ها
houses-kind = قانون
houses-kind-per_week = در هفته
houses-kind-in_first_days = در روزهای اول
houses-days = روزها
houses-phase = دوره
houses-any_phase = هر دوره
houses-counts = جلسه‌هایی که حساب می‌شوند
houses-add_rule = افزودن قانون
houses-rule_added = قانون اضافه شد.
houses-rule_removed = قانون برداشته شد.
houses-remove_rule = برداشتن قانون { $rule }
houses-this_week = ساکنان در این هفته
houses-week_pdf = این هفته (PDF)
houses-month_pdf = این ماه (PDF)
houses-report_saved = گزارش در { $path } ذخیره شد
houses-resident = ساکن (نام مستعار)
houses-move_in = تاریخ ورود
houses-add_resident = افزودن ساکن
houses-resident_added = { $name } ساکن شد.
houses-no_residents = هنوز ساکنی نیست.
houses-state-na = هیچ قانونی شامل نمی‌شود
houses-state-met = انجام شد
houses-state-on_track = در مسیر درست
houses-state-behind = عقب‌افتاده
houses-state-missed = انجام نشد
houses-expected = تا امروز { $n } جلسه انتظار می‌رود
houses-breakdown = { $here } در جلسه‌های ما · { $slip } تأییدشده با برگه · { $self } به گفتهٔ خود عضو
houses-weeks_label = { $name }: جلسه‌ها در هر هفته در هشت هفته، در مقایسه با قانون
screen-print = چاپ
houses-week = هفتهٔ { $date }: { $n } جلسه{ $required ->
    [0] {""}
   *[other] ، لازم: { $required }
  }
houses-log_outside = ثبت یک جلسهٔ بیرونی
houses-move_out = خروج از خانه
houses-move_out_when = تاریخ خروج { $name }
houses-moved_out = { $name } از خانه رفت.
houses-attended_on = تاریخ
houses-meeting_name = جلسه
houses-slip_code = کد برگه (اگر هست)
houses-slip_placeholder = خالی = به گفتهٔ خود عضو
houses-log = ثبت
houses-logged_verified = ثبت شد، با برگه تأیید شد.
houses-logged_self = به‌عنوان گفتهٔ خود عضو ثبت شد.
houses-verify = بررسی برگه
houses-verify_help = کد برگه، یا متن کد QR آن
houses-verify_button = بررسی
houses-valid = معتبر: { $name } شرکت کرده است، با امضای { $group }
houses-slip_meta = برگهٔ { $code }، صادرشده در { $date }
houses-refused = نامعتبر
houses-trust = اعتماد به کلید یک گروه
houses-trust_help = فایل تأییدی را که یک گروه به شما داده اینجا بچسبانید
houses-trust_button = اعتماد به این کلیدها
houses-keys_trusted =
    { $n ->
        [one] { $n } کلید مورد اعتماد قرار گرفت.
       *[other] { $n } کلید مورد اعتماد قرار گرفت.
    }

unlock-title = عبارت عبور را وارد کنید
unlock-body = این پایگاه داده رمزگذاری شده است. Homegroup برای باز کردنش عبارت عبور لازم دارد؛ تا آن موقع چیزی خوانده یا تغییر داده نمی‌شود.
unlock-passphrase = عبارت عبور
unlock-open = باز کردن

documents-open = باز کردن

share-lead = با خدمتگزاران مورد اعتماد دیگرِ ناحیه‌تان، از طریق سرور تقویمی که همین حالا دارید (Nextcloud، Radicale، هر تقویم CalDAV)، یک برنامهٔ مشترک داشته باشید. هر رایانه بدون اینترنت هم کار می‌کند؛ تغییرها هنگام همگام‌سازی از هر دو طرف می‌روند، هر چند دقیقه یک بار و کمی پس از هر ویرایش.
share-private = فقط جلسه‌ها به اشتراک گذاشته می‌شوند. اعضا، ثبت حضورها، شمارش‌ها، ژتون‌ها، خانه‌ها، برگه‌ها، رمزهای ورودی که خصوصی علامت خورده‌اند و اینکه چه کسی گرداننده است، هرگز از این رایانه بیرون نمی‌روند.
share-linked = تقویم‌های مشترک
share-only_group = فقط { $group }
share-failed = آخرین همگام‌سازی ناموفق بود: { $why }
share-synced_ago = همگام‌سازی: { $ago }
share-never = هنوز همگام‌سازی نشده
share-to_confirm_title =
    { $n ->
        [one] { $n } جلسه که مکانش باید تأیید شود
       *[other] { $n } جلسه که مکانشان باید تأیید شود
    }
share-to_confirm_help = کسی این‌ها را بدون مکان یا لینک به تقویم مشترک اضافه کرده است. در برنامه هستند؛ هر کدام را در «جلسه‌ها» باز کنید و نشانی یا لینک تصویری‌اش را اضافه کنید.
share-to_confirm_came = بدون مکان رسید (باید تأیید شود): { $names }.
share-pending =
    { $n ->
        [one] { $n } تغییر در انتظار ارسال
       *[other] { $n } تغییر در انتظار ارسال
    }
share-conflict_count =
    { $n ->
        [one] { $n } تعارض
       *[other] { $n } تعارض
    }
share-sync_now = همگام‌سازی همین حالا
share-unlink = توقف اشتراک‌گذاری
share-unlink_confirm = اشتراک‌گذاری از طریق { $url } متوقف شود؟ جلسه‌ها اینجا و روی سرور می‌مانند.
share-unlinked = این برنامه دیگر از طریق { $url } به اشتراک گذاشته نمی‌شود.
share-synced = همگام شد: { $created } جدید اینجا، { $updated } تغییرکرده اینجا، { $deleted } حذف‌شده اینجا، { $uploaded } ارسال‌شده.
share-kept_edits = نگه داشته شد، چون در یک طرف تغییر کرده و در طرف دیگر حذف شده بود: { $names }.
share-conflicts_waiting =
    { $n ->
        [one] { $n } تغییر منتظر انتخاب شما در پایین است.
       *[other] { $n } تغییر منتظر انتخاب شما در پایین است.
    }
share-conflicts_title =
    { $n ->
        [one] { $n } تغییر برای انتخاب
       *[other] { $n } تغییر برای انتخاب
    }
share-conflicts_help = یک چیز هم اینجا و هم در تقویم مشترک تغییر کرده، ولی به دو شکل متفاوت. چیزی رونویسی نشد: انتخاب کنید کدام بماند.
share-mine = این رایانه
share-theirs = تقویم مشترک
share-keep_mine = نگه داشتن نسخهٔ این رایانه
share-keep_theirs = نگه داشتن نسخهٔ تقویم مشترک
share-kept_mine = تغییر این رایانه در { $meeting } نگه داشته شد؛ با همگام‌سازی بعدی ارسال می‌شود.
share-kept_theirs = تغییر تقویم مشترک در { $meeting } پذیرفته شد.
share-was = پیش از هر دو تغییر: { $value }
share-empty = (هیچ)
share-yes = بله
share-join_title = این برنامه را به اشتراک بگذارید، یا به یک برنامهٔ مشترک بپیوندید
share-add_title = اشتراک‌گذاری از طریق تقویمی دیگر
share-join_help = نشانی CalDAV یک تقویم روی سرور ناحیه‌تان را بدهید. اگر از قبل برنامه‌ای در آن هست (شما یک خدمت را تحویل می‌گیرید)، جلسه‌هایش به اینجا می‌آیند؛ اگر خالی است، این برنامه به آنجا می‌رود.
share-url = نشانی تقویم (CalDAV)
share-user = نام کاربری
share-password = رمز عبور
share-which = چه چیزی به اشتراک گذاشته شود
share-whole_program = کل برنامه
share-join = اشتراک‌گذاری و همگام‌سازی
share-add = افزودن و همگام‌سازی
share-field-date = تغییر در { $date }
share-field-closure = تعطیلی از { $from } تا { $to }
share-change-cancelled = لغوشده
share-change-moved = منتقل‌شده به { $to }
share-change-noted = برگزار می‌شود، با یک یادداشت
share-field-name = نام
share-field-fellowship = انجمن
share-field-group = گروه
share-field-mode = نحوهٔ شرکت
share-field-status = وضعیت
share-field-start_date = تاریخ اول
share-field-start_time = ساعت شروع
share-field-duration = مدت (دقیقه)
share-field-timezone = منطقهٔ زمانی
share-field-repeats = نحوهٔ تکرار
share-field-end_date = تاریخ آخر
share-field-venue_name = محل
share-field-venue_address = نشانی
share-field-venue_city = شهر
share-field-venue_region = استان
share-field-venue_postal_code = کد پستی
share-field-venue_country = کشور
share-field-venue_latitude = عرض جغرافیایی
share-field-venue_longitude = طول جغرافیایی
share-field-venue_approximate = مکان تقریبی
share-field-venue_notes = یادداشت‌های محل
share-field-room = اتاق
share-field-url = لینک تصویری
share-field-platform = سرویس تماس تصویری
share-field-meeting_id = شناسهٔ جلسه
share-field-passcode = رمز ورود
share-field-passcode_public = رمز ورود عمومی است
share-field-dial_in = شمارهٔ تماس تلفنی
share-field-dial_in_notes = توضیحات تماس تلفنی
share-field-secret_params = بخش‌های خصوصی لینک
share-field-formats = قالب‌ها
share-field-language = زبان
share-field-notes = یادداشت‌ها
share-field-offers_verification = برگهٔ حضور امضا می‌کند
