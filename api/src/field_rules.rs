//! The numbers of field work, from the notice but kept as configuration so a
//! county can tighten them without a new release (`SAFEGRID_QUOTA_*`, …).
#[derive(Clone, Debug)]
pub struct FieldRules {
    /// 村级安全员: inspections a month (notice: ≥ 4).
    pub quota_village_officer: u32,
    /// 组级安全联络员: patrols a month (notice: ≥ 3).
    pub quota_group_liaison: u32,
    /// 包村领导: visits to the assigned village a month (notice: ≥ 1).
    pub quota_leader_visit: u32,
    /// A month's records lock at the end of this day of the next month;
    /// until then late records may still be entered.
    pub month_close_day: u32,
    /// An overdue hazard rises one level, and again after this many days.
    pub escalation_interval_days: i64,
    /// How often the server looks for overdue hazards to escalate.
    pub escalation_check_every: std::time::Duration,
    /// Largest photo accepted, in bytes.
    pub max_photo_bytes: usize,
    /// Photos one record (or one hazard step) may carry.
    pub max_photos_per_record: usize,
}

impl FieldRules {
    pub fn from_env() -> Self {
        let d = Self::default();
        Self {
            quota_village_officer: env_num(
                "SAFEGRID_QUOTA_VILLAGE_OFFICER",
                d.quota_village_officer,
            ),
            quota_group_liaison: env_num("SAFEGRID_QUOTA_GROUP_LIAISON", d.quota_group_liaison),
            quota_leader_visit: env_num("SAFEGRID_QUOTA_LEADER_VISIT", d.quota_leader_visit),
            month_close_day: env_num("SAFEGRID_MONTH_CLOSE_DAY", d.month_close_day).clamp(1, 28),
            escalation_interval_days: env_num(
                "SAFEGRID_ESCALATION_INTERVAL_DAYS",
                d.escalation_interval_days,
            )
            .max(1),
            escalation_check_every: std::time::Duration::from_secs(
                60 * env_num("SAFEGRID_ESCALATION_CHECK_MINUTES", 60u64).max(1),
            ),
            max_photo_bytes: env_num("SAFEGRID_MAX_PHOTO_BYTES", d.max_photo_bytes),
            max_photos_per_record: d.max_photos_per_record,
        }
    }
}

impl Default for FieldRules {
    fn default() -> Self {
        Self {
            quota_village_officer: 4,
            quota_group_liaison: 3,
            quota_leader_visit: 1,
            month_close_day: 5,
            escalation_interval_days: 7,
            escalation_check_every: std::time::Duration::from_secs(3600),
            max_photo_bytes: 8 * 1024 * 1024,
            max_photos_per_record: 9,
        }
    }
}

fn env_num<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
