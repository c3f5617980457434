//! Dates: `YYYY-MM-DD` as date inputs and the API use them, and the API's
//! RFC 3339 instants shown in the browser's time zone.

pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// An optional date field: empty means "not given".
pub fn optional(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// An RFC 3339 instant from the API as local `YYYY-MM-DD HH:MM`; the input
/// itself when the browser cannot read it.
pub fn local_datetime(rfc3339: &str) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339));
    if d.get_time().is_nan() {
        return rfc3339.to_owned();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// The last second of a `YYYY-MM-DD` day in the browser's time zone, as
/// RFC 3339 UTC: "valid until" a date means through that whole day.
pub fn end_of_day(date: &str) -> Option<String> {
    let mut parts = date.trim().splitn(3, '-').map(|p| p.parse::<u32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(d))) = (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    let at =
        js_sys::Date::new_with_year_month_day_hr_min_sec(y, m as i32 - 1, d as i32, 23, 59, 59);
    if at.get_time().is_nan() {
        return None;
    }
    Some(String::from(at.to_iso_string()))
}

/// True when an RFC 3339 instant lies in the past.
pub fn is_past(rfc3339: &str) -> bool {
    let at = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(rfc3339)).get_time();
    !at.is_nan() && at < js_sys::Date::now()
}

/// A `YYYY-MM-DD` a number of days from today, for a default date field.
pub fn days_from_today(days: u32) -> String {
    let now = js_sys::Date::new_0();
    now.set_date(now.get_date() + days);
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Now as a `datetime-local` input value (`YYYY-MM-DDTHH:MM`, local time).
pub fn now_local_input() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date(),
        now.get_hours(),
        now.get_minutes()
    )
}

/// A `datetime-local` value (the phone's local time) as an RFC 3339 UTC
/// instant; `None` when it is not one.
pub fn local_input_to_rfc3339(value: &str) -> Option<String> {
    let (date, time) = value.trim().split_once('T')?;
    let mut d = date.splitn(3, '-').map(|p| p.parse::<i32>().ok());
    let mut t = time.splitn(3, ':').map(|p| p.parse::<i32>().ok());
    let (Some(Some(y)), Some(Some(m)), Some(Some(day))) = (d.next(), d.next(), d.next()) else {
        return None;
    };
    let (Some(Some(h)), Some(Some(min))) = (t.next(), t.next()) else {
        return None;
    };
    let at = js_sys::Date::new_with_year_month_day_hr_min(y as u32, m - 1, day, h, min);
    if at.get_time().is_nan() {
        return None;
    }
    Some(String::from(at.to_iso_string()))
}

/// The current month, `YYYY-MM`.
pub fn this_month() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}", now.get_full_year(), now.get_month() + 1)
}

/// The current calendar year.
pub fn this_year() -> i32 {
    js_sys::Date::new_0().get_full_year() as i32
}
