namespace TeamsCrm.Analytics.Mining;

/// <summary>
/// The additive counts of one segment × product: the segment's accounts interested in the product, and the closed and
/// won deals carrying it at the segment's accounts (none for RFM segments: conversion is not cut by them). Only cells
/// with something counted are kept; every other cell of the grid is zero.
/// </summary>
public sealed record MiningCellCounts(SegmentDimension Dimension, string Value, string ProductId, int Interested, int Closed, int Won);
