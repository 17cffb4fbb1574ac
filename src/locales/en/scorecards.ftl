### Clickline, English. Every other language has the same message ids;
### a test fails when one is missing.
### Written without a native speaker: it wants a native speaker's review.

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
