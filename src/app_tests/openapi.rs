//! Every mounted API route is in the OpenAPI description.

use serde_json::Value;

use crate::testing::TestApp;

/// `/reports/<id>` as OpenAPI writes it: `/reports/{id}`.
fn openapi_path(rocket_path: &str) -> String {
    rocket_path
        .split('/')
        .map(
            |segment| match segment.strip_prefix('<').and_then(|s| s.strip_suffix('>')) {
                Some(name) => format!("{{{}}}", name.trim_end_matches("..")),
                None => segment.to_owned(),
            },
        )
        .collect::<Vec<_>>()
        .join("/")
}

#[rocket::async_test]
async fn every_api_route_is_described() {
    let app = TestApp::new().await;
    let spec: Value = app.get_json("/api/v1/openapi.json").await;
    let paths = spec["paths"].as_object().unwrap();
    let mut described = 0;
    for route in app.client.rocket().routes() {
        let path = route.uri.path().to_string();
        let path = path.as_str();
        if !(path.starts_with("/api/v1") || path == "/healthz" || path == "/readyz") {
            continue;
        }
        let method = route.method.as_str().to_lowercase();
        let key = openapi_path(path);
        assert!(
            paths.get(&key).and_then(|p| p.get(&method)).is_some(),
            "{method} {key} is mounted but not in openapi.json"
        );
        described += 1;
    }
    assert!(described >= 22);
    assert!(spec["components"]["schemas"]["Scorecard"].is_object());
    assert!(spec["components"]["schemas"]["RatingInput"].is_object());
}
