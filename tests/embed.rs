//! The exact messages each host protocol expects, and what the explainer accepts from hosts.

use minsk_explainer::address::query_pairs;
use minsk_explainer::embed::{self, HostMessage};

#[test]
fn height_messages_match_each_protocol_exactly() {
    assert_eq!(embed::pym_height("minsk-1", 812), "pymxPYMxminsk-1xPYMxheightxPYMx812");
    assert_eq!(
        embed::datawrapper_height("minsk-1", 812),
        r#"{"datawrapper-height":{"minsk-1":812}}"#
    );
    assert_eq!(
        embed::amp_embed_size(812),
        r#"{"height":812,"sentinel":"amp","type":"embed-size"}"#
    );
    assert_eq!(
        embed::flourish_resize("https://example.org/?embed=1", 812),
        r#"{"context":"iframe.resize","height":812,"src":"https://example.org/?embed=1"}"#
    );
}

#[test]
fn pym_parameters_are_read_and_sanitised() {
    let p = embed::host_params(&query_pairs(
        "?embed=1&childId=story-2&initialWidth=620&parentUrl=https%3A%2F%2Fnews.example%2Fa&parentTitle=A%20story",
    ));
    assert_eq!(p.child_id.as_deref(), Some("story-2"));
    assert_eq!(p.initial_width, Some(620));
    assert_eq!(p.parent_url.as_deref(), Some("https://news.example/a"));
    assert_eq!(p.parent_title.as_deref(), Some("A story"));
    let bad = embed::host_params(&query_pairs(
        "?childId=%3Cscript%3E&initialWidth=-5&parentUrl=javascript:alert(1)&parentTitle=%07bell",
    ));
    assert_eq!((bad.child_id, bad.initial_width, bad.parent_url), (None, None, None));
    assert_eq!(
        bad.parent_title.as_deref(),
        Some("bell"),
        "control characters are dropped"
    );
    assert_eq!(embed::host_params(&[]).id(), embed::DEFAULT_ID);
    assert!(!embed::valid_id(&"a".repeat(65)));
}

#[test]
fn only_pyms_width_message_for_our_id_is_accepted() {
    assert_eq!(
        embed::parse_host_message("pymxPYMxstory-2xPYMxwidthxPYMx640", "story-2"),
        Some(HostMessage::Width(640))
    );
    for junk in [
        "pymxPYMxother-idxPYMxwidthxPYMx640",
        "pymxPYMxstory-2xPYMxheightxPYMx640",
        "pymxPYMxstory-2xPYMxwidthxPYMx0",
        "pymxPYMxstory-2xPYMxwidthxPYMx99999999999",
        "pymxPYMxstory-2xPYMxwidthxPYMx640xPYMxextra",
        "pymxPYMxstory-2xPYMxnavigateTo=https://evil.example",
        "pymxPYMxstory-2xPYMxwidthxPYMxjavascript:alert(1)",
        "{\"datawrapper-height\":{\"story-2\":1}}",
        "",
        "width",
    ] {
        assert_eq!(embed::parse_host_message(junk, "story-2"), None, "{junk}");
    }
    assert_eq!(embed::parse_host_message(&"pymxPYMx".repeat(1000), "story-2"), None);
}

#[test]
fn reader_events_are_tagged_with_our_source() {
    use embed::Field;
    let text = embed::reader_event(
        "step",
        &[("slug", Field::Text("ryanair")), ("index", Field::Number(11))],
    );
    let e: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        e,
        serde_json::json!({"source": "minsk-explainer", "type": "step", "detail": {"slug": "ryanair", "index": 11}})
    );
}

#[test]
fn messages_are_json_whatever_the_text_they_carry() {
    use embed::Field;
    let hostile = "a\"b\\c\n\u{1}</script>é\u{2028}";
    let id: serde_json::Value = serde_json::from_str(&embed::datawrapper_height(hostile, 5)).unwrap();
    assert_eq!(id["datawrapper-height"][hostile], 5);
    let flourish: serde_json::Value = serde_json::from_str(&embed::flourish_resize(hostile, 5)).unwrap();
    assert_eq!(flourish["src"], hostile);
    let event: serde_json::Value =
        serde_json::from_str(&embed::reader_event(hostile, &[(hostile, Field::Text(hostile))])).unwrap();
    assert_eq!(event["type"], hostile);
    assert_eq!(event["detail"][hostile], hostile);
    assert_eq!(embed::json_str(hostile), serde_json::to_string(hostile).unwrap());
}

#[test]
fn every_embed_code_carries_title_aria_label_and_lazy_loading() {
    let codes = embed::embed_codes(
        "https://x.example/?embed=1&step=ryanair",
        "Ryanair \"and\" <sanctions>",
        "minsk-ryanair",
        700,
    );
    assert_eq!(codes.len(), 3);
    for c in &codes {
        assert!(c.code.contains("title=") || c.code.contains("title:"), "{}", c.name);
        assert!(c.code.contains("aria-label"), "{}", c.name);
        assert!(c.code.contains("\"lazy\""), "{}", c.name);
        if !c.code.contains("pym.Parent") {
            assert!(!c.code.contains("<sanctions>"), "{}: attribute text is escaped", c.name);
        }
    }
    assert!(codes[0].code.contains("id=\"datawrapper-chart-minsk-ryanair\""));
    assert!(codes[0].code.contains("step=ryanair&amp;id=minsk-ryanair"));
    assert!(codes[1]
        .code
        .contains("new pym.Parent(\"minsk-ryanair\",\"https://x.example/?embed=1&step=ryanair\""));
    let hostile = embed::embed_codes(
        "https://x.example/?embed=1",
        "</script><script>alert(1)</script>",
        "id",
        1,
    );
    assert!(
        !hostile[1].code.contains("</script><script>alert"),
        "a title cannot close the script element"
    );
    assert!(codes[2].code.contains("height:700px"));
}
