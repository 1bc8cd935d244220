/**
 * Answers, their validation and the Plan model: what the user said and what it means for each cluster.
 * Pure Java without Spring; every view (page, JSON, files, diagram) reads the Plan built here.
 */
package dev.liqowizard.plan;
