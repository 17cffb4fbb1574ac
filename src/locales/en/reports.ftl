### Clickline, English. Every other language has the same message ids;
### a test fails when one is missing.
### Written without a native speaker: it wants a native speaker's review.

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
