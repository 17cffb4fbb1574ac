//! Organizer access over time: initial passwords, disabled accounts, role
//! changes, session and token expiry, and growing delays after wrong
//! passwords.

use mongodb::bson::doc;
use rocket::http::{ContentType, Header, Status};

use crate::organizers::accounts::{create_organizer, Created};
use crate::organizers::store::OrganizerStore;
use crate::testing::TestApp;

async fn login_from(app: &TestApp, address: &str, email: &str, password: &str) -> Status {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs([("email", email), ("password", password)])
        .finish();
    app.client
        .post("/organize/login")
        .header(ContentType::Form)
        .header(Header::new("Accept", "text/html"))
        .remote(format!("{address}:4000").parse().unwrap())
        .body(body)
        .dispatch()
        .await
        .status()
}

async fn change_password(app: &TestApp, created: &Created, new: &str) -> Status {
    let html = app.get_html("/organize/password").await;
    let start = html.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
    let csrf = html[start..start + 32].to_owned();
    app.post_form(
        "/organize/password",
        &[
            ("csrf", &csrf),
            ("current", &created.password),
            ("new", new),
            ("confirm", new),
        ],
    )
    .await
    .status()
}

#[rocket::async_test]
async fn the_first_login_must_replace_the_initial_password() {
    let app = TestApp::new().await;
    let ana = create_organizer(&app.db, "ana@union.example", "Ana", "PH", "organizer")
        .await
        .unwrap();
    let response = app
        .post_form(
            "/organize/login",
            &[("email", "ana@union.example"), ("password", &ana.password)],
        )
        .await;
    assert_eq!(response.status(), Status::SeeOther);
    assert_eq!(
        response.headers().get_one("Location"),
        Some("/organize/password")
    );
    let dashboard = app.client.get("/organize").dispatch().await;
    assert_eq!(dashboard.status(), Status::Forbidden);
    let html = dashboard.into_string().await.unwrap();
    assert!(html.contains("initial password") && html.contains("href=\"/organize/password\""));
    assert!(app
        .get_html("/organize/password")
        .await
        .contains("Choose a new one to continue"));
    assert_eq!(
        change_password(&app, &ana, &ana.password).await,
        Status::UnprocessableEntity,
        "the initial password cannot be kept"
    );
    assert_eq!(
        change_password(&app, &ana, "a much longer passphrase").await,
        Status::Ok
    );
    assert_eq!(
        app.client.get("/organize").dispatch().await.status(),
        Status::Ok
    );
}

#[rocket::async_test]
async fn an_admin_disables_an_organizer_and_their_sessions_and_tokens_end_at_once() {
    let app = TestApp::new().await;
    let root = app.organizer("root@union.example", "", "admin").await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&root).await;
    let elsewhere = app.second_instance().await;
    elsewhere.login(&ana).await;
    let vouchers = serde_json::json!({ "count": 20 });
    let csrf = app.csrf().await;
    let access = |role: &'static str, countries: &'static str, disabled: bool| {
        let mut fields = vec![
            ("csrf", csrf.clone()),
            ("email", "ana@union.example".to_owned()),
            ("role", role.to_owned()),
            ("countries", countries.to_owned()),
        ];
        if disabled {
            fields.push(("disabled", "on".to_owned()));
        }
        fields
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.post_form("/organize/organizers/access", &fields)
                .await
                .status()
        }
    };
    assert_eq!(
        post(access("organizer", "XX", false)).await,
        Status::UnprocessableEntity
    );
    assert_eq!(post(access("organizer", "PH", true)).await, Status::Ok);
    assert_eq!(
        elsewhere.client.get("/organize").dispatch().await.status(),
        Status::Unauthorized,
        "the open session ended"
    );
    assert_eq!(
        app.post_json_as(&ana.token, "/api/v1/vouchers", &vouchers)
            .await
            .status(),
        Status::Unauthorized,
        "the API token ended"
    );
    let refused = elsewhere
        .post_form(
            "/organize/login",
            &[("email", "ana@union.example"), ("password", &ana.password)],
        )
        .await;
    assert_eq!(refused.status(), Status::Forbidden);
    assert!(refused.into_string().await.unwrap().contains("disabled"));

    assert_eq!(post(access("moderator", "DE", false)).await, Status::Ok);
    let stored = app
        .db
        .find_organizer_by_email("ana@union.example")
        .await
        .unwrap()
        .unwrap();
    assert!(!stored.disabled && stored.can_moderate());
    assert_eq!(stored.countries[0].code(), "DE");
    elsewhere.login(&ana).await;
    assert_eq!(
        elsewhere
            .client
            .get("/organize/moderation")
            .dispatch()
            .await
            .status(),
        Status::Ok,
        "the new role holds"
    );
    let own = app
        .post_form(
            "/organize/organizers/access",
            &[
                ("csrf", &csrf),
                ("email", "root@union.example"),
                ("role", "organizer"),
                ("countries", "PH"),
            ],
        )
        .await;
    assert_eq!(
        own.status(),
        Status::Forbidden,
        "no admin demotes themselves"
    );
}

#[rocket::async_test]
async fn the_cli_command_disables_like_the_page() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    crate::organizers::accounts::disable(&app.db, "ANA@union.example ")
        .await
        .unwrap();
    assert_eq!(
        app.client.get("/organize").dispatch().await.status(),
        Status::Unauthorized
    );
    let hash = crate::organizers::auth::token_hash(&ana.token);
    assert!(app.db.find_token(&hash).await.unwrap().unwrap().revoked);
    assert!(
        crate::organizers::accounts::disable(&app.db, "nobody@union.example")
            .await
            .is_err()
    );
}

#[rocket::async_test]
async fn idle_sessions_end() {
    let app = TestApp::with_settings(&[("session_idle_minutes", 0)]).await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert_eq!(
        app.client.get("/organize").dispatch().await.status(),
        Status::Unauthorized
    );
}

#[rocket::async_test]
async fn tokens_may_carry_an_expiry_and_stop_working_after_it() {
    let app = TestApp::new().await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    let csrf = app.csrf().await;
    let bad = app
        .post_form(
            "/organize/tokens/new",
            &[("csrf", &csrf), ("valid_days", "7000")],
        )
        .await;
    assert_eq!(bad.status(), Status::UnprocessableEntity);
    let made = app
        .post_form(
            "/organize/tokens/new",
            &[("csrf", &csrf), ("valid_days", "30")],
        )
        .await;
    let html = made.into_string().await.unwrap();
    let start = html.find("clk_").expect("the token is shown");
    let token = html[start..start + 44].to_owned();
    let vouchers = serde_json::json!({ "count": 20 });
    assert_eq!(
        app.post_json_as(&token, "/api/v1/vouchers", &vouchers)
            .await
            .status(),
        Status::Created
    );
    let stored = app
        .db
        .find_token(&crate::organizers::auth::token_hash(&token))
        .await
        .unwrap()
        .unwrap();
    let days = (stored.expires_at.unwrap().to_chrono() - chrono::Utc::now()).num_days();
    assert!((29..=30).contains(&days), "{days}");
    let past =
        mongodb::bson::DateTime::from_chrono(chrono::Utc::now() - chrono::Duration::seconds(1));
    app.db
        .collection::<mongodb::bson::Document>(crate::organizers::store::TOKENS)
        .update_one(
            doc! { "_id": &stored.hash },
            doc! { "$set": { "expires_at": past } },
        )
        .await
        .unwrap();
    assert_eq!(
        app.post_json_as(&token, "/api/v1/vouchers", &vouchers)
            .await
            .status(),
        Status::Unauthorized
    );
}

#[rocket::async_test]
async fn wrong_passwords_earn_growing_delays_that_never_lock_the_owner_out() {
    let app = TestApp::with_settings(&[("login_attempts_per_hour", 100)]).await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    let attacker = "203.0.113.7";
    for _ in 0..3 {
        assert_eq!(
            login_from(&app, attacker, "ana@union.example", "guess").await,
            Status::Unauthorized,
            "the first wrong passwords cost nothing"
        );
    }
    // Three more failures (counted directly: Argon2 on a loaded machine
    // could outlast a one-second delay) earn a four-second wait.
    let state = app.app();
    let client = crate::limits::Client::of(attacker.parse().unwrap());
    for _ in 0..3 {
        crate::organizers::throttle::failed(
            &app.db,
            &state.secrets,
            "ana@union.example",
            &client,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    }
    assert_eq!(
        login_from(&app, attacker, "ana@union.example", &ana.password).await,
        Status::TooManyRequests,
        "the next try waits, even with the right password"
    );
    assert_eq!(
        login_from(&app, attacker, "nobody@union.example", "guess").await,
        Status::Unauthorized,
        "other emails are not delayed"
    );
    assert_eq!(
        login_from(&app, "198.51.100.2", "ana@union.example", &ana.password).await,
        Status::SeeOther,
        "the owner, elsewhere, is not locked out"
    );
    // Time passes: the wait is over.
    let past =
        mongodb::bson::DateTime::from_chrono(chrono::Utc::now() - chrono::Duration::seconds(1));
    app.db
        .collection::<mongodb::bson::Document>(crate::organizers::throttle::COLLECTION)
        .update_many(doc! {}, doc! { "$set": { "wait_until": past } })
        .await
        .unwrap();
    assert_eq!(
        login_from(&app, attacker, "ana@union.example", &ana.password).await,
        Status::SeeOther,
        "the delay ends by itself"
    );
    assert_eq!(
        app.count(crate::organizers::throttle::COLLECTION).await,
        1,
        "the right password cleared its record; the other email's is left"
    );
}

/// A stolen session guesses the current password on the password form no
/// faster than a stranger guesses at the login: the same limiter.
#[rocket::async_test]
async fn the_password_form_guesses_under_the_login_limiter() {
    let app = TestApp::with_settings(&[("login_attempts_per_hour", 100)]).await;
    let ana = app.organizer("ana@union.example", "PH", "organizer").await;
    app.login(&ana).await;
    let guess = |current: &'static str| {
        let app = &app;
        async move {
            let csrf = app.csrf().await;
            let fields = [
                ("csrf", csrf.as_str()),
                ("current", current),
                ("new", "a new long passphrase"),
                ("confirm", "a new long passphrase"),
            ];
            app.post_form("/organize/password", &fields).await.status()
        }
    };
    for _ in 0..3 {
        assert_eq!(guess("guess").await, Status::UnprocessableEntity);
    }
    let state = app.app();
    // The local client has no socket address. Three more failures, counted
    // directly (a loaded machine's Argon2 could outlast a short delay),
    // earn a four-second wait.
    let client = crate::limits::Client::unknown();
    for _ in 0..3 {
        crate::organizers::throttle::failed(
            &app.db,
            &state.secrets,
            "ana@union.example",
            &client,
            chrono::Utc::now(),
        )
        .await
        .unwrap();
    }
    let right: &'static str = Box::leak(ana.password.clone().into_boxed_str());
    assert_eq!(
        guess(right).await,
        Status::TooManyRequests,
        "the next try waits, even with the right password"
    );
    let stored = app.db.find_organizer_by_email("ana@union.example").await;
    let stored = stored.unwrap().expect("ana");
    assert!(
        crate::organizers::auth::password_matches(&ana.password, Some(&stored.password_hash)).await
    );
}
