### Clickline, English. Every other language has the same message ids;
### a test fails when one is missing.
### Written without a native speaker: it wants a native speaker's review.

## Dates

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# $day, $month (a name above), $year
date-day = { $day } { $month } { $year }
date-month = { $month } { $year }

## Validation messages, for forms and the API

invalid-country-empty = Choose a country.
invalid-country = '{ $value }' is not an ISO 3166-1 country code (two letters, like PH, KE or FR).
invalid-currency-empty = Choose the currency you were paid in.
invalid-currency = '{ $value }' is not an ISO 4217 currency code (three letters, like USD, EUR or PHP).
invalid-currency-no-rate = Clickline has no exchange rate for { $code } yet; please give the amount in USD or EUR.
invalid-amount-empty = Give the amount (0 if you were paid nothing).
invalid-amount = '{ $value }' is not an amount; write it like 1.25.
invalid-amount-too-large = That amount is too large.
invalid-receipt = A receipt code has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS.
invalid-platform-empty = Choose the platform where you found the work.
invalid-platform = '{ $value }' is not a platform slug; see /platforms for the list.
invalid-platform-unknown = Clickline does not know the platform '{ $value }'. Pick it from the list at /platforms (known: { $known }); if yours is missing, choose the closest and say which in your text.
invalid-requester-id-empty = Give the requester's id as the platform shows it.
invalid-requester-id-long = A requester id has at most { $max } characters.
invalid-requester-id-char = A requester id cannot contain '{ $char }'; use letters, digits and - _ . ~ @ + : only.
invalid-requester-id-for-name = Give the requester's id too, so the name is attached to the right requester.
invalid-requester-name-long = A requester name has at most 200 characters.
invalid-report-id = That is not a Clickline report id.
invalid-month = '{ $value }' is not a month; write it as YYYY-MM, like 2025-03.
invalid-month-future = That month is in the future.
invalid-month-early = Give a month from 2000 onwards.
invalid-minutes-empty = Give the minutes the work took, including unpaid set-up.
invalid-minutes = '{ $value }' is not a whole number of minutes.
invalid-minutes-range = Give the minutes the work took, from 1 to 1440 (a whole day).
invalid-description-length = Describe what happened in 20 to 10000 characters.
invalid-text-long = At most { $max } characters, please; this has { $chars }.
invalid-yes-no = '{ $value }' is not yes or no (true/false).
say-whether-recommend = Say whether you would recommend this requester.
say-whether-tos_violation = Say whether the task broke the platform's rules.
say-whether-broken = Say whether the task was broken.
invalid-whole-number-range = Give a whole number from { $min } to { $max }.
invalid-whole-number = '{ $value }' is not a whole number.
invalid-body-not-object = The body must be a JSON object.
invalid-body-json = The body is not valid JSON: { $detail }.
invalid-body-utf8 = The body is not UTF-8 text: { $detail }.
invalid-body-unreadable = The request could not be read; send a JSON object.
invalid-not-single-value = Must be a single value (a string, number or true/false), not a list or object.
invalid-unknown-field = Unknown field.
invalid-bulk-ids-empty = Give requester ids separated by commas.
invalid-bulk-ids-many = At most { $max } ids per request.
invalid-platform-unknown-short = Clickline does not know this platform; see /platforms.
invalid-email = Give an email address like name@example.org.
invalid-organizer-name = Give a name of 1 to 100 characters.
invalid-organizer-countries = Give the countries this organizer works in, like FR,DE.
invalid-organizer-exists = An organizer with this email already exists.
invalid-submission-key = A submission key has 16 to 128 letters, digits, - or _.

## Closed vocabularies: <kind>-<wire name> is a label, choose-<kind> and
## unknown-<kind> are the messages when the value is missing or unknown.

choose-task_type = Choose a task type.
unknown-task_type = '{ $value }' is not a known task type; use one of: { $allowed }.
task_type-survey = Survey
task_type-transcription = Transcription
task_type-tagging = Tagging / labelling
task_type-moderation = Content moderation
task_type-data_entry = Data entry
task_type-writing = Writing
task_type-testing = Testing
task_type-other = Other

choose-paid = Choose whether you were paid.
unknown-paid = '{ $value }' is not one of the answers about payment; use one of: { $allowed }.
paid-yes = Yes, in full
paid-partial = Partly
paid-no = No
paid-pending = Not yet (pending)

choose-rejected = Choose how much work was rejected.
unknown-rejected = '{ $value }' is not one of the answers about rejections; use one of: { $allowed }.
rejected-none = None
rejected-some = Some
rejected-all = All

choose-communication = Choose how the requester communicated.
unknown-communication = '{ $value }' is not one of the answers about communication; use one of: { $allowed }.
communication-responsive = Answered my messages
communication-unresponsive = Did not answer
communication-not_tried = I did not try to contact them

choose-grievance_category = Choose a category.
unknown-grievance_category = '{ $value }' is not a known category; use one of: { $allowed }.
grievance_category-non_payment = Non-payment
grievance_category-unfair_rejection = Unfair rejection
grievance_category-account_deactivation = Account deactivation
grievance_category-unpaid_work = Unpaid work (set-up, qualification, waiting)
grievance_category-harmful_content = Harmful or disturbing content
grievance_category-harassment = Harassment
grievance_category-data_privacy = Misuse of my data
grievance_category-opaque_management = Opaque algorithmic management
grievance_category-safety = Safety
grievance_category-discrimination = Discrimination
grievance_category-other = Other

choose-grievance_status = Choose a status.
unknown-grievance_status = '{ $value }' is not a known status; use one of: { $allowed }.
grievance_status-open = Open
grievance_status-taken_up = Taken up by organizers
grievance_status-resolved = Resolved
grievance_status-unresolved = Unresolved

choose-platform_kind = Choose a platform kind.
unknown-platform_kind = '{ $value }' is not a known platform kind; use one of: { $allowed }.
platform_kind-microtask = Micro-task
platform_kind-freelance = Freelance
platform_kind-on_demand = On-demand / location-based

choose-report_kind = Choose a report kind.
unknown-report_kind = '{ $value }' is not a known report kind; use one of: { $allowed }.
report_kind-rating = Rating
report_kind-grievance = Grievance

choose-role = Choose a role.
unknown-role = '{ $value }' is not a known role; use one of: { $allowed }.
role-organizer = Organizer
role-moderator = Moderator
role-admin = Administrator

choose-strike_status = Choose a strike status.
unknown-strike_status = '{ $value }' is not a known strike status; use one of: { $allowed }.
strike_status-announced = Announced
strike_status-active = On strike
strike_status-ended = Ended
strike_status-won = Won
strike_status-called_off = Called off
invalid-date-empty = Give a date as YYYY-MM-DD.
invalid-date = '{ $value }' is not a date; write it as YYYY-MM-DD.
invalid-strike-title = Give a title of 5 to 200 characters.
invalid-strike-demands = State the demands in 10 to 5000 characters (Markdown allowed).
invalid-platform-unknown-named = Clickline does not know the platform '{ $value }'; see /platforms.
invalid-strike-requesters = At most 100 requesters per strike call.
invalid-strike-countries = Name the countries where the strike is called, like PH,ID.
invalid-strike-start = A strike call cannot start more than 30 days ago.
invalid-strike-end = The end date is before the start date.
forbidden-strike-countries = You organize in { $yours }, not in { $outside }: a strike can only be called in your own countries.
forbidden-strike-change = Only organizers of the countries where it is called can change this strike.
forbidden-moderators = Only moderators can do this.
forbidden-grievance-country = This grievance comes from { $country }, outside your countries.
forbidden-channel = Only organizers of { $country } can post in its channel.
forbidden-admins = Only administrators manage organizers.
forbidden-csrf = This form has expired; go back, reload the page and try again.


## Report forms

optional = (optional)
yes-no-true = Yes
yes-no-false = No
field-requester_id = Requester id
hint-requester_id = As the platform shows it, e.g. A1B2C3D4E5F6 on MTurk. Letters, digits and - _ . ~ @ + : only.
legend-where-who = Where and who
field-platform = Platform
choose-platform-option = Choose a platform
field-requester_name = Requester name
hint-requester_name = The name the requester uses; a new name for a known id is kept as an alias.
field-country = Your country
choose-country-option = Choose your country
hint-country = Only used for figures by country, published for groups of several workers.
legend-work-pay = The work and the pay
field-task_type = Kind of task
field-pay-amount = Pay for this work
hint-pay-amount = What the requester paid (or offered), e.g. 1.50. Write 0 if nothing.
field-pay-currency = Currency
field-minutes = Minutes it took
hint-minutes = Everything included: reading instructions, qualification, set-up and waiting.
legend-treatment = How you were treated
field-paid = Were you paid?
field-days_to_payment = Days until you were paid
field-rejected = Was work rejected?
field-communication = Communication
field-recommend = Would you recommend this requester to other workers?
field-tos_violation = The task broke the platform's rules (for example it asked for personal data or off-platform work)
field-broken = The task was broken or could not be completed
legend-words = In your words
field-comment = Comment
hint-comment = Markdown allowed. Do not write names, emails or worker ids: we remove those we find.
legend-what-happened = What happened
field-category = What kind of problem?
field-amount_at_stake-amount = Money at stake
hint-amount_at_stake-amount = If you lost pay, how much.
field-amount_at_stake-currency = Currency of that amount
choose-currency-option = Choose a currency
field-month = Month it happened
hint-month = YYYY-MM, for example 2026-10.
field-description = Describe what happened
hint-description = 20 to 10000 characters, Markdown allowed. Leave out names, emails and worker ids: we remove those we find.
field-desired_outcome = What would put it right?

## Layout

nav-skip = Skip to content
nav-main-label = Main
nav-rate = Rate a requester
nav-report = Report a problem
nav-strikes-near-you = Strikes near you
nav-scorecards = Scorecards
nav-receipt = Correct or withdraw
nav-methodology = Methodology
nav-language-label = Language
demo-banner = <strong>Demo data.</strong> This development database was filled with made-up reports so you can explore Clickline. None of it is real.
demo-tag = Demo data
footer-promise = Clickline is run by and for platform workers. No account, no tracking: we store no IP address, no browser details and no exact times. Public dates are days.
footer-strikes = Strike calls
footer-api = Open data API
footer-organizers = Organizers
table-region = Table (scrolls sideways on small screens)
not-enough-data = not enough data
not-enough-data-yet = Not enough data yet.
data-label = Data:
reports-newest-first = Reports, newest first

## Errors

error-home = Back to the home page
error-401-title = Log in needed
error-403-title = Not allowed
error-404-title = Not found
error-409-title = Already sent
error-410-title = Withdrawn
error-413-title = Too large
error-422-title = Not understood
error-429-title = Too many requests
error-503-title = Database unreachable
error-500-title = Something went wrong
error-401 = Log in as an organizer to see this page: go to /organize/login.
error-403 = You are not allowed to do this.
error-404 = There is no page at this address.
error-413 = What you sent is too large. Shorten the text and try again; use your browser's Back button to get it back.
error-422 = What you sent could not be read.
error-429 = Too many submissions from this connection; please wait an hour and try again.
error-429-target = This connection has already rated this requester as often as one may in a day. Nothing was saved; please try again tomorrow.
error-429-report = This report has been corrected or withdrawn as often as one may in a day. Nothing was saved; please try again tomorrow.
error-503 = Clickline cannot reach its database right now. Nothing was saved; please try again in a few minutes.
error-other = Something went wrong on our side.
error-withdrawn = This report was withdrawn by the person who filed it.
error-wrong-receipt = The receipt code does not match this report.
error-key-reused = This submission key was already used for a different report.
banner-unavailable = Clickline cannot reach its database right now, so nothing was saved. Your text is still below: try again in a few minutes, or copy it somewhere safe.
banner-rate-limited = Too many reports have come from your connection in the last hour. Nothing was saved; your text is still below. Please try again later.
banner-not-saved = Nothing was saved: { $reason } Your text is still below.

## Home

home-title = Rate requesters. Report problems. Strike together.
home-lead = Clickline turns what click workers live through (pay below minimum wage, rejected work, closed accounts) into public evidence, and that evidence into collective action across borders. No account, no name.
home-read-scorecards = Read the scorecards
home-search-title = Find a requester
home-search-label = Name, alias or requester id
home-search-button = Search
home-result-on = on { $platform }
home-result-also = also
home-no-results = Nobody has reported a requester matching “{ $query }” yet.
home-be-first = Be the first to rate them.
home-platforms = Platforms
title-home = Clickline: rate requesters, report problems, strike together

## Filing and receipts

title-filed = Thank you: keep your receipt
filed-duplicate-title = We already had this report
filed-title = Thank you, your report is saved
filed-duplicate = This form had already been sent, so it was stored only once.
filed-receipt-title = Your receipt code
filed-report-id = Report id:
filed-keep-it = <strong>Write this code down or save it now. We will not show it again and cannot recover it:</strong> we keep only a scrambled version. With it, and only with it, you can correct or withdraw your report at <a href="/receipt?id={ $id }">/receipt</a>.
filed-redacted = To protect you, we removed what looked like personal data from your text:
redaction-email = an email address
redaction-phone = a phone number
redaction-worker_id = a worker id
filed-see-report = See your report as others see it
filed-rate-another = Rate another requester
form-correct-title = Correct your report
form-summary-title = Please correct what is marked below; nothing was saved yet
form-rating-lead = Tell other workers how a requester treated you. No account, no name: you get a receipt code to correct or withdraw it later.
form-grievance-lead = Report a wrong done to you: unpaid work, an unfair rejection, a closed account. Organizers of your country see it; nobody learns who you are.
form-privacy = We store the day, never the time, and nothing about your device or connection.
form-save-correction = Save the correction
form-send-rating = Send my rating
form-send-report = Send my report
title-receipt = Correct or withdraw a report
receipt-lead = Use the receipt code you were given when you filed your report. Nobody else can change or remove it.
receipt-id = Report id
receipt-code = Receipt code
receipt-code-hint = Like ABCD-EFGH-JKMN-PQRS; case and dashes do not matter.
receipt-edit = Correct it
receipt-withdraw = Withdraw it
receipt-wrong-code = This receipt code does not belong to that report.
receipt-no-report = No report has this id.
receipt-wrong-pledge-code = This receipt code does not belong to that pledge.
title-withdraw-pledge = Withdraw your pledge
title-withdraw-report = Withdraw your report
title-corrected = Your report was corrected
pledge-withdrawn = Your pledge was withdrawn.
title-pledge-withdrawn = Pledge withdrawn
title-withdrawn = Your report was withdrawn
title-not-withdrawn = Not withdrawn
saved-lead = Your receipt code stays the same.
saved-see = See your report
withdraw-pledge-lead = Withdrawing deletes your pledge; it no longer counts on the strike page.
withdraw-report-lead = Withdrawing deletes what your report says and removes it from every page and figure.
withdraw-final = This cannot be undone.
withdraw-yes = Yes, withdraw it
withdraw-no = No, keep it
withdrawn-lead = Its content is deleted and it no longer appears anywhere on Clickline.
withdrawn-home = Home
notice-continue = Continue

## Reports

report-rating-about = Rating about
report-grievance-about = Grievance about
report-on = on
report-filed = Filed { $day } by a worker in { $country }.
report-corrected-since = Corrected since.
report-task = Task
report-pay = Pay
report-pay-for = { $pay } for { $minutes } minutes
report-hourly = Hourly pay
report-paid = Paid
report-after-days = after { $days ->
    [one] { $days } day
   *[other] { $days } days
}
report-rejected = Rejected
report-communication = Communication
report-recommends = Recommends
report-tos = Broke platform rules
report-broken = Broken task
report-comment = Comment
report-category = Category
report-status = Status
report-when = When
report-at-stake = At stake
report-what-happened = What happened
report-put-right = What would put it right
report-organizers-note = Organizers' note
flag-title = Something wrong with this report?
flag-because = Ask moderators to look at it because
flag-note = Anything moderators should know
flag-submit = Flag for review
flag-own = Filed this report yourself? <a href="/receipt?id={ $id }">Correct or withdraw it</a> with your receipt code.
title-flag = Flag a report
title-thanks = Thank you
flagged-lead = Moderators will look at this report. It stays visible until they decide.
flagged-back = Back to the report
card-rating = Rating
card-grievance = Grievance:
card-worker-in = worker in { $country }
card-corrected = corrected
card-full-report = Full report
requester-id-on = Requester
requester-aka = also known as
requester-rate = Rate this requester
requester-report = Report a problem with them
requester-all-csv = all requesters as CSV
requester-no-reports = No visible reports.
platform-rate-on = Rate a requester on { $platform }
platform-no-reports = No reports about { $platform } yet.
title-scorecards = Scorecards
platforms-lead = Choose a platform to read what workers report about it. Missing yours? Tell us in a report under the closest one.
platforms-all-csv = All requester scorecards:
platforms-how = how the figures are computed
pagination-label = Pages
pagination-newest = Newest reports
pagination-older = Older

## Lists and scorecards

lists-title = Where workers fare worst
lists-among = Among requesters with at least { $min } ratings.
lists-lowest-pay = Lowest paying
lists-median-hourly = median { $median } an hour, { $ratings ->
    [one] { $ratings } rating
   *[other] { $ratings } ratings
}
lists-worst-unpaid = Most often unpaid
lists-unpaid = { $share } not paid in full
lists-most-grievances = Most grievances
lists-grievances = { $count ->
    [one] { $count } grievance
   *[other] { $count } grievances
}
scorecard-on-strike = <strong>On strike:</strong> workers have called a strike against this target from { $date }: “{ $title }”. <a href="/strikes/{ $id }">Don't take this work; read the call</a>.
scorecard-title = Scorecard
scorecard-caption = What workers report (figures computed on { $date }; <a href="/methodology">how</a>)
scorecard-col-figure = Figure
scorecard-col-all = All time
scorecard-col-recent = Last 90 days
scorecard-monthly = Month by month
scorecard-monthly-caption = Median hourly pay per month over the last 12 months; months with fewer ratings than Clickline publishes are left out.
scorecard-chart-figures = The chart's figures
scorecard-col-month = Month
scorecard-col-ratings = Ratings
scorecard-col-median = Median hourly pay
scorecard-col-unpaid = Not paid in full
scorecard-by-country = By country
scorecard-col-workers-in = Workers in
scorecard-no-countries = Not enough data: countries are shown only where enough workers reported, so nobody can be singled out.
scorecard-grievances = Grievances
scorecard-no-grievances = No grievances reported.
scorecard-other-countries = Other countries together
scorecard-too-few = too few to show
scorecard-spread = { $median } (middle half { $low }–{ $high })
scorecard-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
trend-title = Median hourly pay per month: { $name }
trend-description = Median hourly pay in US dollars for each of the last 12 months; the table below gives the same figures.
figure-ratings = Ratings
figure-hourly-usd = Hourly pay (US$)
figure-hourly-eur = Hourly pay (€)
figure-below-minimum-wage = Paid below the worker's legal minimum wage
figure-unpaid = Not paid or paid in part
figure-rejected = Work rejected
figure-wait = Median wait for payment
figure-answered = Answered workers' messages
figure-recommend = Workers recommend
figure-tos = Tasks broke platform rules
figure-broken = Broken tasks
stars-pay = Pay
stars-payment-reliability = Payment reliability
stars-evaluation = Evaluation and rejections
stars-communication = Communication
stars-task-quality = Task quality
stars-of-five = { $stars } of 5

## Methodology

title-methodology = How Clickline computes its figures
method-lead = Every figure on Clickline comes from what workers report, computed the same way for every requester and platform. Here is exactly how, so you can check and quote it.
method-figures = The figures
method-figures-intro = Figures count visible ratings only: reports withdrawn by their author or hidden by moderators are left out. Each is shown for all time and for the last 90 days (today and the 89 days before). A figure with nothing to count says “not enough data”, never 0.
method-hourly = Hourly pay
method-hourly-def = Pay for the work ÷ minutes it took (including unpaid set-up, as the worker reports it) × 60, converted to US dollars and euros with the exchange-rate table below. We show the median and the middle half (25th to 75th percentile). The median of an even number of ratings is the mean of the two middle values; percentiles interpolate linearly between the closest ranks.
method-below-min = Paid below minimum wage
method-below-min-def = Share of ratings whose hourly pay is below the legal hourly minimum wage of the worker's country (table below), among ratings from countries in the table.
method-unpaid = Not paid or paid in part
method-unpaid-def = Among ratings that say whether they were paid (yes, partly, no), the share not paid in full. Pending payments are not counted.
method-rejected = Work rejected
method-rejected-def = Share of ratings where some or all of the work was rejected.
method-wait = Median wait for payment
method-wait-def = Median of the days to payment, over ratings that give it.
method-answered = Answered messages
method-answered-def = Answered ÷ (answered + not answered); workers who did not try to make contact are left out.
method-shares = Recommend, broke platform rules, broken tasks
method-shares-def = Shares of ratings.
method-stars = Stars
method-stars-intro = Each area gets 1 to 5 stars, rounded to half stars, from the all-time figures, once a target has at least { $min } ratings:
method-withhold = What we withhold to protect workers
method-withhold-groups = Breakdowns by country and by month are published only for groups of at least { $min } ratings. Smaller countries are pooled as “other countries together”, itself shown only when the pool reaches { $min }.
method-withhold-lists = Lists of the worst requesters include only requesters with at least { $min } ratings.
method-withhold-day = Reports carry the day they were filed, never the time; we store no IP address or browser details.
method-fresh = How fresh
method-fresh-def = { $days ->
    [0] This instance publishes without delay (a demo or test setting): reports count within seconds of being filed. Clickline's default publishes in daily batches.
   *[other] Reports are published in daily batches: a report filed on one day counts in scorecards, lists, downloads, feeds and strike alerts from the start of the day { $days } day(s) later (UTC), all of that day's reports at once, so no page can tell when in the day one was filed. Corrections wait for the next batch too. A withdrawal or a moderator's decision shows everywhere within two seconds.
}
method-rates = Exchange rates
method-rates-def = { $count } currencies, as of { $date }. Source:
method-wages = Minimum wages
method-wages-def = Table as of { $date }. The hourly minimum is the legal amount ÷ the hours of the period the law uses (a day, a month).
method-col-country = Country
method-col-legal = Legal minimum
method-col-hours = Hours
method-col-hourly = Hourly
method-col-hourly-usd = Hourly in US$
method-col-since = Since
method-col-source = Source
method-data = Open data
method-data-def = Scorecards are available as JSON (<code>/api/v1/requesters/{"{"}platform{"}"}/{"{"}id{"}"}</code>, <code>/api/v1/platforms/{"{"}slug{"}"}</code>) and as one CSV of all requesters (<code>/api/v1/scorecards.csv</code>), under CC BY 4.0.
title-rating-about = Rating about { $platform }
title-grievance-about = Grievance about { $platform }
flag_reason-personal_data = It reveals someone's identity or personal data
flag_reason-false_or_misleading = It looks false or misleading
flag_reason-abusive = It is abusive or hateful
flag_reason-spam = It is spam or advertising
flag_reason-other = Something else
choose-flag_reason = Choose a reason: { $allowed }.

## Strikes and channels

title-strikes = Strikes
title-pledge = Pledge
title-pledged = Thank you for your pledge
title-undercut = Report undercutting
title-channels = Country channels
title-channel = { $country } channel
strike-closed = This strike takes no more pledges.
undercut-recorded = Your report of undercutting was recorded anonymously. Organizers see where the strike is leaking.
alert-message = Workers in { $countries } are on strike against { $platform } from { $date }: don't take { $platform }'s tasks.
strike-against = Against
strike-requesters = requesters
strike-called-in = called in
strike-from = from { $from }
strike-from-to = from { $from } to { $to }
strike-demands = Demands
strike-map-title = Where solidarity is asked, pledged and leaking
strike-col-asked = Asked
strike-col-pledges = Pledges
strike-col-undercuts = Undercut reports
strike-asked-called = strike called
strike-asked-solidarity = solidarity asked
strike-asked-not_asked = not asked
fewer-than = fewer than { $n }
strike-leaking = (leaking)
strike-no-countries = No countries yet.
strike-timeline = Timeline
pledge-title = Pledge not to take this work
pledge-lead = Anonymous: we count pledges by country only. You get a receipt code to withdraw it.
pledge-submit = I pledge not to take this work
undercut-title = Seen this work done or moved elsewhere?
undercut-country = Country where you saw it
undercut-choose-country = Choose a country
undercut-platform = Platform where it was offered
undercut-platform-optional = (optional, slug)
undercut-note = What you saw
undercut-submit = Report undercutting
strike-manage-title = Organizers: change the status
save = Save
strikes-lead = Strike calls by workers' organizations. When work is struck in one country, don't pick it up in another.
strikes-find-channel = Find your country's channel
atom-feed = Atom feed
strikes-none = No strike calls yet.
pledged-lead = Your pledge for “{ $title }” is saved. Pledges are counted in daily batches, so no count shows when you pledged.
pledged-keep = Pledge id: <code>{ $pledge }</code>. Keep both if you may want to withdraw the pledge at <a href="/receipt?id={ $pledge }">/receipt</a> (or through the API: <code>DELETE /api/v1/strikes/{ $strike }/pledges/{ $pledge }</code> with <code>Authorization: Receipt &lt;code&gt;</code>). We will not show the code again.
pledged-back = Back to the strike
channel-reports-here = Reports from workers here:
channel-ratings-fewer = fewer than { $n } ratings
channel-ratings = { $n ->
    [one] { $n } rating
   *[other] { $n } ratings
}
channel-grievances-fewer = fewer than { $n } grievances
channel-grievances = { $n ->
    [one] { $n } grievance
   *[other] { $n } grievances
}
channel-alerts = Solidarity alerts
channel-no-alerts = No alerts for workers in { $country }.
channel-strikes-here = Strikes called here
channel-none-now = None right now.
channel-announcements = Announcements
channel-no-announcements = No announcements.
channel-post-title = Post an announcement
channel-post-body = Announcement (Markdown)
channel-post-submit = Post
channels-lead = Each country has a channel: strikes called there, alerts from strikes elsewhere whose work could be moved to you, and news from your organizers.
channels-none = No activity yet.

## Organizers

title-login = Organizer login
title-organize = Organizer area
title-password = Change your password
title-password-changed = Password changed
title-call-strike = Call a strike
title-moderation = Moderation queue
title-moderation-log = Moderation log
title-org-grievances = Grievances from your countries
title-token-new = New API token
title-tokens-revoked = Tokens revoked
title-organizers = Organizers
login-lead = For union and collective organizers. Workers never need an account.
login-rate-limited = Too many login attempts from your connection. Please wait an hour.
login-wrong = Email or password is wrong.
login-submit = Log in
field-email = Email
field-password = Password
field-name = Name
field-role = Role
field-countries = Countries
password-not-current = This is not your current password.
password-too-short = Use at least 12 characters.
password-differ = The two new passwords differ.
password-changed = Your password was changed; other sessions were logged out.
password-current = Current password
password-new = New password
password-new-hint = At least 12 characters.
password-confirm = New password again
password-submit = Change password
moderation-choose-action = Choose release, reject, hide or restore.
moderation-reason-length = Give a reason of 1 to 500 characters; it goes into the moderation log.
announcement-length = Write 1 to 5000 characters.
token-new = Your new API token (shown once; Clickline keeps only a hash): { $token }
tokens-revoked = { $count ->
    [one] { $count } API token revoked.
   *[other] { $count } API tokens revoked.
}
organize-in = in
organize-any-country = any country
organize-follow-grievances = Follow up <a href="/organize/grievances">grievances</a> workers filed from your countries.
organize-announce = Post announcements on your channels:
organize-any-channel = any channel
organize-tokens = API tokens
organize-tokens-lead = Scripts call the organizer API with <code>Authorization: Bearer &lt;token&gt;</code>. Clickline stores only a hash of each token.
organize-token-new = Make a new token
organize-token-revoke = Revoke all my tokens
org-nav-label = Organizer area
org-logged-in-as = Logged in as <strong>{ $name }</strong>
org-nav-overview = Overview
org-nav-grievances = Grievances
org-nav-moderation = Moderation
org-logout = Log out
strike-form-lead = Clickline will alert every other country where this target's work is done, so it is not simply picked up there.
strike-field-title = Title
markdown-allowed = Markdown allowed.
strike-field-platform = Target platform
strike-field-requesters = Requester ids
strike-field-requesters-hint = Separated by commas; leave empty to strike the whole platform.
strike-field-called-in = Called in (countries)
strike-field-called-in-hint = Country codes separated by commas, like PH,ID. Only your own countries.
strike-field-starts = Starts on
strike-field-date-hint = YYYY-MM-DD, for example { $today }.
strike-field-ends = Ends on
strike-form-submit = Call the strike
organizers-created = Created <strong>{ $email }</strong>. Give them these once; Clickline keeps only hashes:
organizers-add = Add an organizer
organizers-countries-hint = Codes separated by commas, like FR,DE.
organizers-add-submit = Add
moderation-report = Report { $id }
moderation-hidden = hidden
moderation-visible = visible
moderation-reason = Reason (goes into the log)
moderation-restore = Restore
moderation-hide = Hide
moderation-nothing = Nothing is flagged.
moderation-action-hide = hidden
moderation-action-restore = restored
log-day = Day
log-report = Report
log-action = Action
log-reason = Reason
log-moderator = Moderator
log-empty = No moderation yet.
org-grievance = Grievance { $id }
org-grievance-note = Public note
org-grievances-none = No grievances from your countries.
vouched-tag = Vouched
report-held = This rating arrived in a burst of ratings of the same requester, so it is held for a moderator to check before it is published. Nothing else is needed from you.
report-to-be-published = To be published on { $day }: reports are published in daily batches so nobody can tell when one was filed. You can still correct or withdraw it with your receipt.
report-correction-pending = Your correction will be published on { $day }; until then the report reads as before.
figure-vouched = Of which vouched by an organizer
scorecard-held = { $count } ratings arrived in a suspicious burst and are held for moderators; they count nowhere until released.
scorecard-held-why = How screening works
moderation-held = held by the screening
moderation-held-correction = correction held by the screening (shown as it would read)
moderation-release = Release (publish)
moderation-reject = Reject
moderation-action-release = released
moderation-action-reject = rejected
organize-vouchers = Vouchers
organize-vouchers-lead = Hand out one-time vouchers in person or in your channels. A rating or grievance filed with one is marked vouched and is never held by the burst screening. Clickline keeps only a hash of each code, and a report never records which voucher, batch or organizer vouched for it.
field-voucher-count = How many (20 to 1,000)
organize-vouchers-issue = Issue vouchers
organize-follows = Platforms your channels follow
organize-follows-lead = Your countries are alerted for every strike against these platforms.
organize-follows-save = Save
title-vouchers = Your new vouchers
vouchers-lead = Print or copy these codes now: they are shown once. Each works once.
invalid-voucher-count = Give a whole number from { $min } to { $max }.
invalid-voucher = A voucher has 20 letters and digits, like ABCD-EFGH-JKMN-PQRS-TUVW.
voucher-not-valid = This voucher is unknown, has been used already or is no longer valid. Nothing was saved; remove it or check it with the organizer who gave it to you.
voucher-quota = An organizer may issue at most { $quota } vouchers a day. Nothing was issued; try again tomorrow, or issue a smaller batch.
field-voucher = Voucher from an organizer
hint-voucher = If a union or collective gave you a voucher, enter it: your report is marked vouched. It is not linked to you or to them.
voucher-only-when-filing = A voucher can only be added when a report is filed.
correction-keeps-target = A correction cannot move a report to another platform or requester. Withdraw this report with its receipt and file a new one instead.
legend-voucher = Voucher
method-screening = Screening before publication
method-screening-def = The party being rated must not be able to move its own figures. Before each batch is published, the ratings of every requester are screened; ratings that look forged are held for a moderator, who releases or rejects each one with a reason in a public log. Scorecards say how many are held. The rule:
method-screening-burst = when a requester’s batch has more than { $min } ratings and more than { $factor } times its usual daily count over the last { $days } days, only as many are published as a batch under that threshold could hold; the rest are held, first those that agree with most of the burst (recommending the requester, or not, as most of the batch does), so a flood can neither push its own ratings through nor keep contrary ones out;
method-screening-copies = { $count } or more ratings of one requester in a batch with the same comment (ignoring case, spaces and punctuation) are held;
method-screening-network = a rating is held when more than { $count } ratings of its requester came from the same network (an IPv4 /24 or IPv6 /48) that day;
method-screening-platform = the same rule applies to each platform’s batch over all its requesters, against the platform’s own usual count, and a rating is held when more than { $count } ratings of its platform came from the same network that day;
method-screening-corrections = corrections of ratings are screened with the batch they are published in, count against the same limits as new ratings, and cannot move a rating to another platform or requester;
method-screening-limit = one connection may rate the same requester at most { $count } times a day, and submit a limited number of reports an hour (an IPv6 connection counts per /64). These counts are kept under a key that changes every day and is then deleted.
method-screening-after = Ratings filed with an organizer's voucher are never held.
method-vouchers = Vouchers
method-vouchers-def = Unions and collectives hand out one-time vouchers in person or in their channels. A report filed with one is marked vouched, and scorecards count vouched ratings. A report keeps only the mark: Clickline stores vouchers as hashes, a spent voucher keeps nothing but its hash, and nothing records which voucher, batch or organizer vouched for a report.
method-threats = What others can and cannot learn
method-threats-poller = Someone who reloads pages every second learns only the day a report was filed: it appears with the rest of its day's batch, in an order that says nothing.
method-threats-thief = Someone who steals the database finds no IP address, browser, exact time or account: only the day of each report, hashes of receipts and vouchers, and counters under keys that last a day. Without the server's secret key they cannot link a counter to an address; once the day's key is deleted, nobody can.
method-threats-oplog = A database run as a MongoDB replica set keeps a log of recent writes (the oplog) with their times, for as long as it is configured to. Whoever can read that log during that window can see when a report was written. Operators should keep the oplog window short and its access as tight as the database's.
title-cross-site = Sent from another site
cross-site-refused = This form was sent from another site, not from a Clickline page, so nothing was done: another site must never file, change or withdraw anything in your name. If you meant to do this, open the form on Clickline itself and send it again.

## Organizer access

forbidden-password-change = You are still using the initial password that someone else saw. Set a new one first.
forbidden-own-access = Administrators cannot change their own role or disable themselves; ask another administrator.
login-wait = Too many wrong passwords for this account from your connection. Please wait { $seconds } seconds and try again.
login-disabled = This organizer account is disabled. Ask an administrator.
password-same = The new password must differ from the current one.
password-initial = You are logged in with an initial password that someone else saw. Choose a new one to continue.
organizers-state = State
organizers-disabled = Disabled
organizers-initial-password = Initial password not changed yet
organizers-active = Active
organizers-changed = Saved the access of { $email }.
organizers-access = Roles, countries and access
organizers-access-hint = Disabling an account ends its sessions and API tokens at once. A changed role or country holds from the next page the organizer opens.
organizers-disable = Disabled (no login, no API token)
organizers-access-submit = Save
field-token-valid = Valid for
token-valid-days = { $days } days
token-valid-never = No expiry
invalid-token-validity = Choose one of the durations offered.

## The work behind the work

legend-more-work = More about this work
more-work-lead = Everything here is optional. It shows what a pay-per-task figure misses: unpaid time, screen-outs, who the work was really for and what it was for.
field-bonus-amount = Bonus
hint-bonus-amount = Any bonus on top of the pay; hourly pay counts it.
field-bonus-currency = Currency of the bonus
field-unpaid_minutes = Unpaid minutes
hint-unpaid_minutes = Of the minutes above, how many were not paid: searching for tasks, qualification tests, screeners, instructions, waiting.
invalid-unpaid-minutes = Give a whole number of minutes from 0 to { $max } (no more than the time the work took).
field-outcome = How did it end?
choose-outcome = Choose how the work ended.
unknown-outcome = '{ $value }' is not one of the answers about how the work ended; use one of: { $allowed }.
outcome-completed = I finished it
outcome-screened_out = I was screened out
outcome-not_finished = I could not finish it
field-payment_form = What were you paid in?
choose-payment_form = Choose what you were paid in.
unknown-payment_form = '{ $value }' is not one of the answers about what you were paid in; use one of: { $allowed }.
payment_form-money = Money
payment_form-gift_card = Gift cards
payment_form-points = Points
payment_form-in_kind = Goods or services
field-purpose = What was the work for?
choose-purpose = Choose what the work was for.
choose-purpose-option = Not sure / rather not say
unknown-purpose = '{ $value }' is not one of the purposes Clickline counts; use one of: { $allowed }.
purpose-ai_training = Training AI
purpose-content_moderation = Content moderation
purpose-surveillance = Surveillance or face recognition
purpose-military = Military use
purpose-fake_engagement = Fake likes, reviews or accounts
purpose-research = Research
purpose-marketing = Marketing
purpose-other = Something else
purpose-unknown = I was not told
field-harmful_content = It showed me violent, sexual or hateful material
say-whether-harmful_content = Say whether the work showed you harmful material.
field-end_client_disclosed = Were you told who the work was really for?
say-whether-end_client_disclosed = Say whether you were told who the work was for.
field-evaluation_explained = Were you told how your work would be judged?
say-whether-evaluation_explained = Say whether you were told how your work would be judged.
yes-no-unknown = Not sure
field-end_client = Who was it really for?
hint-end_client = The company behind the requester, if you know it. Moderators check it before anything is published.
figure-unpaid-time = Unpaid share of the time
figure-screened-out = Screened out
figure-not-money = Paid in gift cards, points or kind
figure-harmful = Showed harmful material
figure-end-client-disclosed = Told who the work was for
figure-evaluation-explained = Told how work is judged
scorecard-purposes = What the work was for, as workers say
scorecard-harmful = Workers report that this work showed them violent, sexual or hateful material. If it affected you, you are not alone: your country's organizers say where to find help.
scorecard-harmful-country = Your country
scorecard-harmful-go = Find help
method-bonus-def = A bonus counts: (pay + bonus) ÷ minutes × 60, each converted on its own.
method-unpaid-time = Unpaid share of the time
method-unpaid-time-def = Sum of the unpaid minutes ÷ sum of the minutes, over ratings that give unpaid minutes (searching, qualification tests, screeners, instructions, waiting). Shown next to hourly pay because it explains it.
method-screened-out = Screened out
method-screened-out-def = Share of ratings whose worker was screened out (a screener or qualification that ended the task). Shown next to hourly pay because it explains it.
method-not-money = Paid in gift cards, points or kind
method-not-money-def = Share of ratings paid in anything other than money.
method-harmful = Showed harmful material
method-harmful-def = Share of ratings whose work showed violent, sexual or hateful material. A scorecard with any such rating points readers to their country channel's support page.
method-disclosed = Told who the work was for; told how work is judged
method-disclosed-def = Share of yes among ratings that answer the question; “not sure” is not counted.
method-purposes = What the work was for
method-purposes-def = Number of ratings naming each purpose, over ratings that name one.
title-support-page = Support for workers in { $country }
support-none = The organizers of this channel have not written a support page yet.
support-updated = Written by the channel's organizers; last changed { $date }.
support-always = Whatever your country
support-always-stop = You may stop a task that shows you violent, sexual or hateful material. Your health comes before any rating.
support-always-report = Report it on Clickline, anonymously: others will be warned, and organizers can take it up.
support-always-talk = Talk to someone you trust, or to a union; you do not have to carry it alone.
support-channel = The channel's page
support-report = Report harmful content
support-write = Write this page
support-write-label = Support page (Markdown)
support-write-hint = Where workers in this country can find help: hotlines, unions, counselling, rights. Shown to every reader as you write it.
support-write-submit = Save the support page
support-length = Write between 1 and { $max } characters.

## Companies, pressure and supporters

nav-companies = Companies
title-companies = Companies behind the accounts
companies-lead = Many requesters are fronts: the work is for a company behind them, often in another country. Here are the companies Clickline knows, with the accounts confirmed as theirs. Every link was documented in our seed catalogue or confirmed by a moderator.
companies-col-company = Company
companies-col-based-in = Based in
companies-col-accounts = Platforms and accounts
companies-none = No companies yet.
company-operates-short = runs { $platform }
company-propose-link = Propose a company or a link
company-based-in = Based in
company-based-in-unknown = Home country not known yet
company-operates = Operates
company-operated-by = Platform operated by
company-behind = Company behind this account:
company-accounts = Accounts
company-no-accounts = No requester account is confirmed as this company's yet.
company-sources = Sources:
company-figures-cover = These figures cover the published ratings of every account listed above, on every platform.
company-propose-account-title = An account that belongs to this company
company-propose-country-title = Where the company is based
company-propose-lead = Anyone can propose, anonymously. A moderator checks your evidence and confirms or rejects the proposal; until then it counts nowhere.
company-name-field = Company name
company-evidence = Evidence
company-evidence-hint = Where can a moderator check it? Links, a company register, an imprint, a contract. Markdown; personal data is removed.
company-propose-submit = Send the proposal
company-based-in-field = Home country
company-choose-country = Choose a country
company-no-account-option = No account: I propose a home country
company-or = (or an account above)
requester-propose-company = Do you know the company behind this requester?
title-company-proposal = Propose a company link
title-company-proposed = Thank you for your proposal
company-proposed-lead = Your proposal about “{ $company }” waits for a moderator.
company-proposed-redacted = We removed personal data from your evidence:
company-proposed-keep = Proposal id: <code>{ $id }</code>. Keep it with the code to withdraw the proposal while it waits (API: <code>DELETE /api/v1/companies/proposals/{ $id }</code> with <code>Authorization: Receipt &lt;code&gt;</code>). We will not show the code again.
invalid-company-empty = Give the company's name.
invalid-company-name = A company name needs at least one Latin letter or digit.
invalid-company-name-long = The company name is too long (at most { $max } characters).
invalid-proposal-both = Propose either an account or a home country, not both at once.
invalid-proposal-neither = Give a platform and requester id, or a home country.
invalid-evidence-short = Give your evidence (at least { $min } characters).
decision-confirm = confirm
decision-reject = reject
choose-decision = Choose a decision: { $allowed }.
unknown-decision = “{ $value }” is not a decision; use one of { $allowed }.
proposal-already-decided = This proposal was already decided.
title-proposals = Company proposals
proposal-label = Proposal { $id }
proposal-from-rating = named by a worker in a rating
proposal-claims-account = Claims that this account belongs to the company:
proposal-claims-based-in = Claims that the company is based in
proposal-confirm = Confirm
proposal-reject = Reject
proposals-nothing = No proposals are waiting.
log-proposal = proposal { $id }
moderation-action-confirm_proposal = proposal confirmed
moderation-action-reject_proposal = proposal rejected
pressure-message = Workers in { $countries } are on strike from { $date } against { $platform } work for a client based here: customers, journalists and unions here can put pressure on it.
channel-pressure-alerts = Pressure alerts
channel-pressure-lead = Strikes elsewhere against clients based in this country. The work is not done here, but you can act where the client is.
channel-no-pressure = No strike targets a client based in { $country } right now.
strike-asked-pressure = pressure where the client is based
strike-pressure-in = The client is based in:
strike-supporters-title = Supporters
strike-supporters-lead = People who are not workers (customers, journalists, researchers) back this strike. Counted by country, apart from workers' pledges.
strike-col-supporters = Supporters
strike-no-supporters = No supporters yet.
support-title = Not a worker? Support this strike
support-lead = Anonymous: we count supporters by country only. You get a receipt code to withdraw your support.
support-country = Country you are in
support-submit = I support this strike
strike-closed-support = This strike takes no more supporters.
title-support = Support
title-supported = Thank you for your support
supported-lead = Your support for “{ $title }” is saved. Support is counted in daily batches, so no count shows when you gave it.
supported-keep = Supporter id: <code>{ $support }</code>. Keep it with the code to withdraw your support through the API: <code>DELETE /api/v1/strikes/{ $strike }/support/{ $support }</code> with <code>Authorization: Receipt &lt;code&gt;</code>. We will not show the code again.

## Extension and Turkopticon

extension-title = Use Clickline from the tools you have
extension-lead = See Clickline's ratings beside every task on Amazon Mechanical Turk, without leaving the task list.
extension-shown = What it shows
extension-shown-list = Beside each requester: median hourly pay, unpaid rate, rejection rate and number of ratings, vouched ratings and ratings held for review, a banner when workers have called a strike against the requester or MTurk, and links to the scorecard and to a rating form already filled in with the requester and the task. Where there are too few ratings it says so, never 0.
extension-privacy = The extension and the userscript ask this Clickline about the requesters on the page you are viewing, and nothing else: no account, no tracking, no cookies, no other site contacted. They can read only worker.mturk.com.
extension-unavailable = The extension files are missing from this Clickline installation.
extension-screenshot-alt = A task list on worker.mturk.com with Clickline's figures under each requester: median hourly pay, unpaid rate, rejection rate, number of ratings and a strike banner.
extension-chromium = Chrome, Chromium, Edge, Brave
extension-chromium-download = Download the extension and unzip it into a folder you keep.
extension-zip-link = Download the extension (zip)
extension-chromium-developer = Open the extensions page and turn on developer mode:
extension-chromium-load = Choose "Load unpacked" and select the folder.
extension-options = The extension uses this Clickline ({ $address }). To use another, change the address in the extension's options.
extension-options-none = Open the extension's options and enter this Clickline's address.
extension-firefox = Firefox
extension-firefox-steps = Open the page below, choose "Load Temporary Add-on" and select the manifest.json file of the unzipped folder. Firefox forgets temporary add-ons when it closes; to keep Clickline, use the userscript.
extension-userscript = Userscript (Tampermonkey, Violentmonkey)
extension-userscript-steps = Install Tampermonkey or Violentmonkey from your browser's add-on store, then open the userscript: the manager offers to install it.
extension-userscript-link = Install the userscript
extension-turkopticon = Tools that read Turkopticon
extension-turkopticon-intro = MTurk Suite, HIT Forker and other scripts that show Turkopticon ratings can show Clickline's instead: replace Turkopticon's address in their settings with this Clickline's.
extension-turkopticon-to2 = Turkopticon 2 API
extension-turkopticon-to1 = Turkopticon 1 API
prefill-invalid = The link filled this in with a value Clickline cannot accept, so it was left empty. Please enter it yourself.
form-task-title = Task: { $title }
