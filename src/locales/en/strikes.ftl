### Clickline, English. Every other language has the same message ids;
### a test fails when one is missing.
### Written without a native speaker: it wants a native speaker's review.

## Strikes and channels

title-strikes = Strikes
title-pledge = Pledge
title-pledged = Thank you for your pledge
title-undercut = Report undercutting
title-channels = Country channels
title-channel = { $country } channel
strike-closed = This strike takes no more pledges.
undercut-recorded = Your report of undercutting was recorded anonymously. Organizers see where the strike is leaking.
alert-message-requesters = Workers in { $countries } are on strike from { $date } against { $requesters } on { $platform }: don't take their tasks.
alert-message-company = Workers in { $countries } are on strike from { $date } against { $company } on { $platform }: don't take its tasks.
alert-message-platform = Workers in { $countries } are on strike from { $date } against the whole of { $platform }: don't take any of its tasks.
# $language is a language's own name, like "Bahasa Indonesia".
strike-text-in = In { $language }
strike-text-original = Original, in { $language }
strike-other-languages = Also in:
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
channel-languages = Read this channel in:
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
