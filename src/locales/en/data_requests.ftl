### Clickline, English. Every other language has the same message ids;
### a test fails when one is missing.
### Written without a native speaker: it wants a native speaker's review.

## Collective data-access requests

nav-data-requests = Your data
title-data-requests = Ask for your data, together
title-open-campaign = Open a data-request campaign
title-letter = Your data-access request
title-request-sent = Request recorded
title-request-receipt = Your data request
title-complaint-letter = Your complaint to the authority

data_category-ratings = Ratings and quality scores
data_category-rejections = Rejected work and the reasons for each rejection
data_category-flags = Flags, warnings and the reasons for any suspension or deactivation
data_category-allocation = How tasks are allocated to me and what decides it
data_category-earnings = Earnings, payments and deductions
data_category-profiling = Profiles and inferences made about me
choose-data_category = Choose what to ask for.
unknown-data_category = '{ $value }' is not something Clickline's letters ask for; use one of: { $allowed }.

data_outcome-complete = Complete answer
data_outcome-partial = Partial answer
data_outcome-refused = Refused
data_outcome-asked_for_identity = Asked me to prove who I am
data_outcome-no_answer = No answer
choose-data_outcome = Choose what came back.
unknown-data_outcome = '{ $value }' is not a known answer; use one of: { $allowed }.

invalid-campaign-title = Give the campaign a title of 5 to 200 characters.
invalid-campaign-explanation = Explain the campaign in 20 to 5,000 characters.
invalid-campaign-categories = Choose at least one thing to ask for.
invalid-campaign-countries = Name at least one country, as ISO codes such as DE or PH.
invalid-campaign-no-law = Clickline has no data-protection law for { $country } yet, so it cannot write the letter there.
forbidden-campaign-countries = You can open campaigns only for the countries of your account; { $outside } is not one of them.
invalid-campaign-country = This campaign is for workers in: { $countries }.
invalid-answer-day-missing = Give the day the platform answered.
invalid-answer-day = The day must be between the day you sent the request ({ $sent }) and today.
invalid-answer-missing = Mark only things this campaign asked for.
invalid-letter-language = Choose one of Clickline's languages.
invalid-letter-required = Fill this in: the platform needs it to find your data.
invalid-letter-line = Write this on one line of at most { $max } characters.
invalid-letter-email = Give the e-mail address of your account, such as name@example.org.
invalid-sent-id = No sent request has this id. Copy it from the page that showed your receipt.
complaint-not-open = A complaint is open once the request is overdue or the answer fell short, and only once.

dr-list-lead = The law gives every worker the right to the data a platform keeps about them: ratings, quality scores, flags, the reasons for rejections and deactivations, and how automated decisions are made. Asked for together, the answers show who respects it.
dr-list-empty = No campaign yet.
dr-have-receipt = I have a receipt: record the answer
dr-open-link = Organizers: open a campaign
dr-opened-on = opened
dr-feed = Reminders (Atom feed)
dr-asks-for = What the letter asks for
dr-always-asked = A copy of all personal data you hold about me, what it is used for, where it came from and who it was shared with
dr-figures-title = Who answers
dr-figures-hint = Published in daily batches, like reports. Groups smaller than the minimum group size are not shown as numbers.
dr-figure-sent = Requests sent
dr-figure-in-time = Answered within the legal deadline
dr-figure-median = Median time to answer
dr-figure-overdue = Overdue, with no answer
dr-figure-complaints = Complaints to an authority
dr-figure-not-yet = not enough answers yet
dr-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
dr-outcomes-caption = What came back
dr-col-outcome = Answer
dr-col-requests = Requests
dr-missing-caption = What answers left out
dr-col-category = Asked for
dr-col-answers = Answers without it
dr-letter-title = Make your letter
dr-letter-lead = Fill in what identifies you to the platform. Clickline writes the letter in your language under your country's law and addressed to the platform's controller.
dr-letter-send-from = Send it from the e-mail address your account uses, so the platform cannot say it does not know you.
dr-field-country = The country you work from
dr-field-language = Language of the letter
dr-field-name = Your name as the platform knows it
dr-field-email = The e-mail address of your account
dr-field-email-hint = Send the letter from this address.
dr-field-worker-id = Your worker id on the platform
dr-letter-never-stored = Nothing you type here is stored or logged: the letter is made for you and forgotten.
dr-letter-make = Make the letter
dr-sent-title = I sent my request
dr-sent-lead = Tell Clickline you sent it: only your country and the day are kept. You get a receipt to record the answer later.
dr-sent-submit = I sent it
dr-laws-title = The law in each country
dr-col-law = Law
dr-col-deadline = Deadline
dr-col-authority = Where to complain
dr-col-articles = Access; portability; automated decisions
dr-col-source = Source
dr-col-contact = Where requests go
dr-in-force-from = in force from
dr-no-deadline = none set by law
dr-controller-title = Who controls the data
dr-sources = Sources of these tables
dr-letter-page-lead = Copy this letter into an e-mail to the address at the top, or download it as a text file.
dr-letter-download = Download as a text file
dr-letter-next = Sent it? Record it here
dr-letter-back-receipt = Back to your request
dr-sent-recorded = Your request for "{ $title }" is recorded. It counts from the next daily batch.
dr-sent-id = Request id
dr-sent-keep = Keep the id and this code: with them you record what the platform answers. They are shown only now.
dr-due-on = The platform must answer by:
dr-calendar-download = Add the day to my calendar (.ics)
dr-back-to-campaign = Back to the campaign
dr-receipt-lead = Enter the request id and the receipt code you were given when you recorded your request.
dr-receipt-open = Open my request
dr-receipt-about = Your request to { $platform } in the campaign "{ $title }".
dr-sent-on = Sent on
dr-due = Answer due by
dr-overdue = overdue
dr-answer = Answer
dr-no-answer-yet = none recorded yet
dr-complaint = Complaint
dr-complained = you told Clickline you complained
dr-answer-title = What came back
dr-field-outcome = The platform's answer
dr-field-answered-on = The day it answered (YYYY-MM-DD)
dr-field-missing = What the answer left out
dr-answer-submit = Record the answer
answer-recorded = Recorded. It counts from the next daily batch.
dr-complaint-title = Complain to the authority
dr-complaint-lead = The platform did not answer in time or answered short. You can complain to the { $authority }: Clickline writes the complaint for you.
dr-complaint-make = Make the complaint
dr-complaint-filed = I filed the complaint
complaint-recorded = Thank you: the campaign counts your complaint from the next daily batch.
dr-form-lead = Invite a platform's workers to ask for their data together. The campaign page gives each worker a letter under their country's law and counts, anonymously, who answers.
dr-field-title = Title
dr-field-categories = What to ask for
dr-field-countries = Countries it is for
dr-field-countries-hint = ISO codes separated by commas. Clickline has the law of: { $countries }
dr-field-explanation = Why, in a few lines, for the campaign page
dr-form-submit = Open the campaign
dr-block-title = Data rights
dr-block-lead = { $n ->
    [one] Workers asked this platform for their data in one campaign.
   *[other] Workers asked this platform for their data in { $n } campaigns.
}
dr-block-link = All campaigns
dr-method-title = Data-access requests
dr-method-lead = Letters cite the law of the worker's country and go to the controller the platform names. The tables below are shipped with Clickline, each row with its source and the day it was checked; controllers partly come from the CC0 records of datenanfragen.de. A rate or a median over fewer requests than the minimum group size is not published.
dr-method-laws-caption = Data-protection laws
dr-method-controllers-caption = Controllers of the platforms
dr-source-link = source
feed-answers-due = Answers due on { $day }
feed-answers-due-text = Requests sent in this campaign must be answered by today. Open your request with its receipt and record what came back.
calendar-summary = Check the answer to your data request to { $platform }
calendar-description = The legal deadline ends today. Open your request on Clickline with its receipt and record what came back; if nothing came, Clickline writes your complaint.

## The letters (plain text)

letter-subject = Data-access request under the { $law }
letter-greeting = Dear Sir or Madam,
letter-access = I work on { $platform }. Under { $article } of the { $law }, I ask you for a copy of all personal data you hold about me, with the purposes for which you process it, where it came from, who it was disclosed to and how long you keep it.
letter-portability = Under { $article } of the { $law }, please send the data I provided and the data my work generated in a structured, commonly used, machine-readable format (such as CSV or JSON).
letter-explanation = Under { $article } of the { $law }, please tell me whether you make automated decisions about me, including profiling, and give me meaningful information about the logic involved, the procedure you actually applied, and its significance and consequences for me.
letter-categories = In particular, I ask for:
letter-data_category-ratings = all ratings, quality scores and accuracy measures about me, with how they are calculated
letter-data_category-rejections = every rejection of my work, with the reason and who or what decided it
letter-data_category-flags = every flag, warning, suspension or deactivation concerning my account, with the reasons and the data it was based on
letter-data_category-allocation = how tasks are allocated to me, and which data and criteria decide it
letter-data_category-earnings = my earnings, payments, bonuses and deductions, task by task
letter-data_category-profiling = every profile, category or inference you hold about me
letter-deadline = The law requires you to answer within { $deadline } of receiving this request, free of charge.
letter-no-deadline = Please answer without undue delay and free of charge.
letter-months = { $n ->
    [one] one month
   *[other] { $n } months
}
letter-days = { $n ->
    [one] one day
   *[other] { $n } days
}
letter-identity = To identify me:
letter-name = Name: { $name }
letter-email = E-mail address of my account: { $email }
letter-worker-id = Worker id: { $id }
letter-authority = If I do not receive a complete answer in time, I may complain to the { $authority }.
letter-closing = Yours faithfully,
complaint-subject = Complaint: { $controller } did not answer my data-access request as the law requires
complaint-sent = On { $sent } I asked { $controller }, which runs { $platform }, for access to my personal data under { $article } of the { $law }. The answer was due by { $due }.
complaint-no-answer = I have received no answer.
complaint-partial = The answer I received is incomplete: it leaves out data I asked for.
complaint-refused = My request was refused.
complaint-ask = I ask you to investigate and to order the controller to answer my request in full.
complaint-collective = I made this request with other workers of { $platform }, in a collective campaign.
complaint-identity = My details:
