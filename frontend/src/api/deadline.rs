//! A time limit for one fetch: an `AbortController` that a timer aborts.
//! Dropping the deadline cancels the timer (the fetch finished in time).

use gloo_timers::callback::Timeout;
use web_sys::{AbortController, AbortSignal};

pub struct Deadline {
    controller: Option<AbortController>,
    _timer: Option<Timeout>,
}

impl Deadline {
    pub fn new(ms: u32) -> Deadline {
        // Without AbortController (very old browsers) there is no limit.
        let Ok(controller) = AbortController::new() else {
            return Deadline {
                controller: None,
                _timer: None,
            };
        };
        let aborter = controller.clone();
        let timer = Timeout::new(ms, move || aborter.abort());
        Deadline {
            controller: Some(controller),
            _timer: Some(timer),
        }
    }

    /// The signal to give the fetch; an aborted fetch fails like a lost
    /// network, which is what a timeout is to the caller.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }
}
