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
# The month as a full date writes it (a declined form where the language
# declines it, else the same as above).
month-of-day-1 = January
month-of-day-2 = February
month-of-day-3 = March
month-of-day-4 = April
month-of-day-5 = May
month-of-day-6 = June
month-of-day-7 = July
month-of-day-8 = August
month-of-day-9 = September
month-of-day-10 = October
month-of-day-11 = November
month-of-day-12 = December
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
invalid-fields-unknown = Unknown fields: { $names }. Name fields of a scorecard or their parts, like held_for_review or all.ratings (see /api/v1/openapi.json).
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
invalid-strike-language = '{ $value }' is not one of Clickline's languages.
invalid-strike-translation-same = This is the language the call is written in; put the text in the title and demands above.
forbidden-strike-countries = You organize in { $yours }, not in { $outside }: a strike can only be called in your own countries.
forbidden-strike-change = Only organizers of the countries where it is called can change this strike.
forbidden-moderators = Only moderators can do this.
forbidden-grievance-country = This grievance comes from { $country }, outside your countries.
forbidden-channel = Only organizers of { $country } can post in its channel.
forbidden-admins = Only administrators manage organizers.
forbidden-csrf = This form has expired; go back, reload the page and try again.


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
error-429-daily = This connection has already done this as often as one may in a day. Nothing was saved; please try again tomorrow.
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
