#!/usr/bin/env bash
# Builds PonteCoreFFI.xcframework: one slice for iOS devices (arm64) and one for the iOS
# simulator (arm64 and x86_64 in one fat library), the two platforms PonteCore/Package.swift
# declares, then generates the Swift bindings beside it. Needs a Mac with Xcode and
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
set -euo pipefail
cd "$(dirname "$0")/.."
profile=release-mobile
# The package's minimum iOS: the Rust objects are built for the same one.
export IPHONEOS_DEPLOYMENT_TARGET=16.0
target_dir="${CARGO_TARGET_DIR:-target}"

# The bindings first: they also write the C headers and the module map the slices carry.
cargo xtask bindings
headers=ios/PonteCore/Generated/include
test -f "$headers/module.modulemap" || { echo "no $headers/module.modulemap" >&2; exit 1; }

for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  cargo rustc -p ponte-ffi --lib --crate-type staticlib --profile "$profile" --target "$target"
done

mkdir -p "$target_dir/ios-sim"
lipo -create \
  "$target_dir/aarch64-apple-ios-sim/$profile/libponte_ffi.a" \
  "$target_dir/x86_64-apple-ios/$profile/libponte_ffi.a" \
  -output "$target_dir/ios-sim/libponte_ffi.a"

rm -rf ios/PonteCore/PonteCoreFFI.xcframework
xcodebuild -create-xcframework \
  -library "$target_dir/aarch64-apple-ios/$profile/libponte_ffi.a" -headers "$headers" \
  -library "$target_dir/ios-sim/libponte_ffi.a" -headers "$headers" \
  -output ios/PonteCore/PonteCoreFFI.xcframework
echo "ios/PonteCore/PonteCoreFFI.xcframework: ios-arm64 and ios-arm64_x86_64-simulator"
