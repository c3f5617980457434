//! 五员: the stored value is defined once with its table (`entity`).
pub use entity::person::AuxiliaryPost;
