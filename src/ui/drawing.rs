//! SVG attribute values from the model's geometry: the transforms that place the calf
//! illustration's moving segments, and path data for its muscles and for the exercise
//! figures. The model gives points and angles; only the views speak SVG.
//!
//! Numbers are written without `format!` float or padding machinery: every coordinate is a
//! whole drawing unit.

use crate::model::figure::{Joints, Part, Stance};
use crate::model::pose::{Point, Pose, FOREFOOT_PIVOT};

/// Appends an integer as `format!` would, without its machinery.
fn push_int(out: &mut String, value: i32) {
    if value < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 10];
    let mut n = value.unsigned_abs();
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &digit in digits[..len].iter().rev() {
        out.push(char::from(digit));
    }
}

fn push_point(out: &mut String, (x, y): Point) {
    push_int(out, x);
    out.push(' ');
    push_int(out, y);
}

/// `rotate(a x y)`, `translate(x y) rotate(a)`: the three segments' transforms.
fn rotate_about(degrees: i32, centre: Point) -> String {
    let mut out = String::from("rotate(");
    push_int(&mut out, degrees);
    out.push(' ');
    push_point(&mut out, centre);
    out.push(')');
    out
}

fn translate_rotate(origin: Point, degrees: i32) -> String {
    let mut out = String::from("translate(");
    push_point(&mut out, origin);
    out.push_str(") rotate(");
    push_int(&mut out, degrees);
    out.push(')');
    out
}

/// The foot's group turns about the forefoot as the heel rises.
pub fn foot_transform(pose: &Pose) -> String {
    rotate_about(-pose.foot_degrees(), FOREFOOT_PIVOT)
}

/// The shank's group stands on the ankle, leaning forward past the deepest bends.
pub fn shank_transform(pose: &Pose) -> String {
    translate_rotate(pose.ankle(), -pose.shank_lean_degrees())
}

/// The thigh's group turns about the knee.
pub fn thigh_transform(pose: &Pose) -> String {
    translate_rotate(pose.knee(), pose.thigh_degrees())
}

/// A closed outline of curves: a start, a cubic curve, a line, a cubic curve, then a line to
/// any point left (the order the model's outlines come in).
fn curved_outline(points: &[Point]) -> String {
    let mut d = String::with_capacity(points.len() * 10);
    for (i, point) in points.iter().enumerate() {
        match i {
            0 => d.push('M'),
            1 | 5 => d.push('C'),
            4 | 8 => d.push('L'),
            _ => d.push(' '),
        }
        push_point(&mut d, *point);
    }
    d.push('Z');
    d
}

/// The gastrocnemius' outer head at `pose`.
pub fn lateral_head_path(pose: &Pose) -> String {
    curved_outline(&pose.lateral_head_outline())
}

/// The gastrocnemius' inner head at `pose`.
pub fn medial_head_path(pose: &Pose) -> String {
    curved_outline(&pose.medial_head_outline())
}

/// The Achilles tendon at `pose`.
pub fn tendon_path(pose: &Pose) -> String {
    curved_outline(&pose.tendon_outline())
}

/// Open lines through points ("M x y L x y …" for each line).
fn polylines<'a>(lines: impl IntoIterator<Item = &'a [Point]>) -> String {
    let mut d = String::with_capacity(64);
    for line in lines {
        for (i, point) in line.iter().enumerate() {
            d.push(if i == 0 { 'M' } else { 'L' });
            push_point(&mut d, *point);
        }
    }
    d
}

/// One part of an exercise figure.
pub fn figure_path(joints: &Joints, part: Part) -> String {
    polylines(joints.lines(part).iter().map(Vec::as_slice))
}

/// The floor and what an exercise's body rests on.
pub fn props_path(stance: &Stance) -> String {
    polylines(stance.props.iter().copied())
}

/// An exercise figure's frame as SVG's `viewBox`.
pub fn figure_view_box(stance: &Stance) -> String {
    let (left, top, width, height) = stance.frame;
    let mut out = String::new();
    for (i, value) in [left, top, width, height].into_iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        push_int(&mut out, value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::circuit::Exercise;
    use crate::model::figure::stance;

    #[test]
    fn integers_print_as_format_would() {
        for value in [0, 7, -7, 120, -452, i32::MAX, i32::MIN + 1] {
            let mut out = String::new();
            push_int(&mut out, value);
            assert_eq!(out, value.to_string());
        }
    }

    #[test]
    fn the_segments_are_placed_at_their_joints() {
        let pose = Pose::new(60, 100);
        let (ankle, knee) = (pose.ankle(), pose.knee());
        assert_eq!(
            shank_transform(&pose),
            format!(
                "translate({} {}) rotate({})",
                ankle.0,
                ankle.1,
                -pose.shank_lean_degrees()
            )
        );
        assert_eq!(
            thigh_transform(&pose),
            format!("translate({} {}) rotate(60)", knee.0, knee.1)
        );
        assert_eq!(
            foot_transform(&pose),
            format!("rotate({} -150 58)", -pose.foot_degrees())
        );
    }

    #[test]
    fn muscle_outlines_start_at_their_first_point_and_are_closed() {
        let pose = Pose::new(45, 0);
        let start = pose.lateral_head_outline()[0];
        let d = lateral_head_path(&pose);
        assert!(d.starts_with(&format!("M{} {}C", start.0, start.1)), "{d}");
        assert_eq!(d.matches('C').count(), 2, "{d}");
        assert_eq!(d.matches('L').count(), 2, "{d}");
        assert!(d.ends_with('Z'));
        assert_eq!(tendon_path(&pose).matches('L').count(), 1);
    }

    #[test]
    fn figures_are_drawn_through_their_joints() {
        let s = stance(Exercise::SeatedHeelRaise, false);
        let j = Joints::new(&s, 0);
        let limbs = figure_path(&j, Part::Limbs);
        assert!(limbs.starts_with("M-20 -12L0 -12L50 -12M40 -26"), "{limbs}");
        assert!(figure_path(&j, Part::OtherLeg).is_empty());
        assert_eq!(figure_view_box(&s), "-54 -316 240 324");
        assert!(props_path(&s).starts_with("M-54 0L186 0M64 0L64 -106"));
    }
}
