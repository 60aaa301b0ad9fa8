//! Plays the chart's score (`charts::listen`) with Web Audio. No audio context exists until the
//! reader asks (the Listen button, or P on the chart); from then on, moving between points with
//! the keyboard sounds each one, until the step changes, which stops everything and closes the
//! context. Nothing ever plays by itself.

use crate::charts::keynav::NavGrid;
use crate::charts::listen::{self, Score, Tone, Voice};
use crate::charts::HitMap;
use crate::i18n::tr;
use crate::page::state::Reader;
use leptos::prelude::*;
use std::cell::RefCell;
use web_sys::{AudioContext, OscillatorType};

/// Seconds between the announcement of what is about to play and its first tone.
const LEAD: f64 = 1.0;
/// The loudest a tone gets (tones' own gains are fractions of it).
const VOLUME: f64 = 0.6;

/// Where playback stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Playback {
    /// No audio context: nothing has been asked for on this step.
    Off,
    Playing,
    Paused,
    /// The score has played; keys still sound their points.
    Done,
}

thread_local! {
    /// The audio context and the oscillators of the score being played.
    static AUDIO: RefCell<Option<(AudioContext, Vec<web_sys::OscillatorNode>)>> = const { RefCell::new(None) };
}

/// The chart's sound: `Copy`, so buttons and key handlers can hold it.
#[derive(Clone, Copy)]
pub struct Listener {
    reader: Reader,
    hits: StoredValue<HitMap>,
    grid: StoredValue<NavGrid>,
    pub state: RwSignal<Playback>,
    /// The score last played, as `dataset:id@start=hz` items (the button carries it for tests
    /// and tools that read the page).
    pub played: RwSignal<String>,
    /// Counts plays, so a finished play's timer does not end a newer one.
    play: StoredValue<u32>,
}

impl Listener {
    pub fn new(reader: Reader, hits: StoredValue<HitMap>, grid: StoredValue<NavGrid>) -> Self {
        let listener = Listener {
            reader,
            hits,
            grid,
            state: RwSignal::new(Playback::Off),
            played: RwSignal::new(String::new()),
            play: StoredValue::new(0),
        };
        // A new step (or leaving the chart's mode) silences the old one.
        Effect::new(move |previous: Option<usize>| {
            let step = reader.step.get();
            if previous.is_some_and(|p| p != step) {
                listener.stop();
            }
            step
        });
        on_cleanup(close);
        listener
    }

    fn score(self) -> Score {
        let view = untrack(|| self.reader.view());
        self.reader.model.with_value(|m| {
            self.hits
                .with_value(|hits| self.grid.with_value(|grid| listen::score(m, &view, hits, grid)))
        })
    }

    /// Play from the start, pause, or go on: what the Listen button and P do. Returns what to
    /// announce.
    pub fn toggle(self) -> Option<String> {
        match self.state.get_untracked() {
            Playback::Playing => {
                with_context(|ctx| {
                    let _ = ctx.suspend();
                });
                self.state.set(Playback::Paused);
                Some(tr("Paused.").to_string())
            }
            Playback::Paused => {
                with_context(|ctx| {
                    let _ = ctx.resume();
                });
                self.state.set(Playback::Playing);
                None
            }
            Playback::Off | Playback::Done => {
                let score = self.score();
                match schedule(&score) {
                    Ok(end) => {
                        self.state.set(Playback::Playing);
                        self.played.set(self.hits.with_value(|hits| {
                            let item = |t: &Tone| {
                                let hit = &hits.hits[t.hit];
                                format!(
                                    "{}:{}@{}={}",
                                    hit.dataset.key(),
                                    hit.id,
                                    crate::format::fixed(LEAD + t.at, 3),
                                    crate::format::fixed(t.hz, 2)
                                )
                            };
                            score.tones.iter().map(item).collect::<Vec<_>>().join(" ")
                        }));
                        let play = self.play.get_value() + 1;
                        self.play.set_value(play);
                        self.done_at(play, end);
                        Some(score.intro)
                    }
                    Err(_) => Some(tr("Sorry, this browser cannot play sound.").to_string()),
                }
            }
        }
    }

    /// Marks play `play` done when the audio context's clock passes `end` (its time, in seconds).
    /// A pause stops that clock, so the check waits and looks again rather than trusting a timer.
    fn done_at(self, play: u32, end: f64) {
        let now = AUDIO.with_borrow(|a| a.as_ref().map(|(ctx, _)| ctx.current_time()));
        let wait = now.map_or(0.0, |now| (end - now).max(0.0)) + 0.3;
        let check = move || {
            if self.play.try_get_value() != Some(play) {
                return;
            }
            let now = AUDIO.with_borrow(|a| a.as_ref().map(|(ctx, _)| ctx.current_time()));
            match (self.state.get_untracked(), now) {
                (Playback::Playing, Some(now)) if now >= end => self.state.set(Playback::Done),
                (Playback::Playing | Playback::Paused, Some(_)) => self.done_at(play, end),
                _ => {}
            }
        };
        set_timeout(check, std::time::Duration::from_secs_f64(wait));
    }

    /// Sounds one point (a keyboard move), if the reader has asked for sound on this step.
    pub fn sound(self, hit: usize) {
        if !matches!(self.state.get_untracked(), Playback::Done | Playback::Paused) {
            return;
        }
        if let Some(tone) = listen::tone_of(&self.score(), hit) {
            with_context(|ctx| {
                if self.state.get_untracked() == Playback::Paused {
                    let _ = ctx.resume();
                    self.state.set(Playback::Done);
                }
                let at = ctx.current_time() + 0.02;
                let _ = tone_at(ctx, tone, at);
            });
        }
    }

    /// Silences everything and closes the audio context.
    pub fn stop(self) {
        close();
        if self.state.get_untracked() != Playback::Off {
            self.state.set(Playback::Off);
        }
    }
}

fn with_context(f: impl FnOnce(&AudioContext)) {
    AUDIO.with_borrow(|audio| {
        if let Some((ctx, _)) = audio {
            f(ctx)
        }
    });
}

fn close() {
    if let Some((ctx, nodes)) = AUDIO.take() {
        for node in nodes {
            let _ = node.stop();
        }
        let _ = ctx.close();
    }
}

/// Plays a score from now (after the lead), in a new audio context; returns when it ends, in
/// the context's time.
fn schedule(score: &Score) -> Result<f64, wasm_bindgen::JsValue> {
    close();
    let ctx = AudioContext::new()?;
    let start = ctx.current_time() + LEAD;
    let mut nodes = Vec::with_capacity(score.tones.len());
    for tone in &score.tones {
        nodes.push(tone_at(&ctx, tone, start + tone.at)?);
    }
    let end = score.tones.iter().map(|t| t.at + t.length).fold(0.0, f64::max);
    AUDIO.set(Some((ctx, nodes)));
    Ok(start + end)
}

/// One tone at `at` (the context's time): an oscillator through a gain with short ramps, so
/// tones start and end without clicks.
fn tone_at(ctx: &AudioContext, tone: &Tone, at: f64) -> Result<web_sys::OscillatorNode, wasm_bindgen::JsValue> {
    let osc = ctx.create_oscillator()?;
    osc.set_type(match tone.voice {
        Voice::Sine => OscillatorType::Sine,
        Voice::Triangle => OscillatorType::Triangle,
        Voice::Square => OscillatorType::Square,
    });
    osc.frequency().set_value(tone.hz as f32);
    let gain = ctx.create_gain()?;
    let level = gain.gain();
    level.set_value_at_time(0.0, at)?;
    level.linear_ramp_to_value_at_time((tone.gain * VOLUME) as f32, at + 0.015)?;
    level.linear_ramp_to_value_at_time(0.0, at + tone.length)?;
    osc.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    osc.start_with_when(at)?;
    osc.stop_with_when(at + tone.length + 0.02)?;
    Ok(osc)
}

/// The Listen button under the chart.
#[component]
pub fn ListenButton(listener: Listener, announce: RwSignal<String>) -> impl IntoView {
    let label = move || match listener.state.get() {
        Playback::Playing => tr("Pause sound"),
        Playback::Paused => tr("Resume sound"),
        Playback::Off | Playback::Done => tr("Listen to this chart"),
    };
    view! {
        <button
            type="button"
            class="button button--small chart__listen"
            aria-keyshortcuts="P"
            data-score=move || listener.played.get()
            on:click=move |_| {
                if let Some(text) = listener.toggle() {
                    announce.set(text);
                }
            }
        >
            {label}
        </button>
    }
}
