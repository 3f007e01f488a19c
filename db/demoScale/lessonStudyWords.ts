// The words of the demo district's lesson study: research themes, lesson
// topics with a four-step research lesson each, and strengths-first
// descriptions of focal students. All invented.

export const RESEARCH_THEMES = [
  'Students see themselves as mathematical thinkers who reason and explain, not only compute.',
  'Every student has a way into the mathematics and a voice in the discussion.',
  'Students make sense of problems and persevere, building on each other’s ideas.',
] as const;

/** A topic and its lesson process table: [activity, key question, anticipated responses, support, evaluation]. */
export const RESEARCH_LESSONS: { topic: string; steps: [string, string, string[], string, string][] }[] = [
  {
    topic: 'Comparing fractions with unlike denominators',
    steps: [
      ['Launch: which is more pizza, 3/4 or 5/8?', 'How could you convince a friend?', ['5/8 because 5 is more than 3', 'Draw both and compare', 'Make the denominators the same'], 'Offer fraction strips to anyone who asks', 'Do students give a reason, not only an answer?'],
      ['Partners compare three pairs of fractions', 'Which strategy works every time?', ['Common denominators', 'Benchmark of 1/2', 'Cross-multiplying without knowing why'], 'Ask "why does that work?" rather than correcting', 'Which strategies appear, and who uses them?'],
      ['Groups share strategies at the board', 'How are these strategies alike?', ['Both make equal-sized pieces', 'One is faster'], 'Sequence from drawings to common denominators', 'Do students connect the drawings to the numbers?'],
      ['Exit ticket: compare 2/3 and 5/9 two ways', 'Which way would you choose, and why?', ['Common denominator 9', 'Drawing'], 'Read the prompt aloud', 'How many students use two ways correctly?'],
    ],
  },
  {
    topic: 'Proportional relationships in tables and graphs',
    steps: [
      ['Launch: lemonade recipes, which tastes stronger?', 'What stays the same when we make more?', ['The ratio', 'The amount of water', 'Add the same to both'], 'Show two pitchers side by side', 'Do students attend to the ratio?'],
      ['Groups build tables for three recipes', 'What pattern do you notice down each column?', ['Multiply by the same number', 'Add the same each time'], 'Prompt groups to extend the table to 10 cups', 'Which groups see multiplicative structure?'],
      ['Graph the tables and compare the lines', 'What does the steepness tell us?', ['Steeper means stronger', 'The lines go through zero'], 'Ask a group with a non-zero start to share', 'Do students connect slope to the unit rate?'],
      ['Whole-class summary and a quick write', 'How can you tell a relationship is proportional?', ['It goes through the origin', 'Equal ratios in the table'], 'Collect the quick writes', 'How many name two signs of proportionality?'],
    ],
  },
  {
    topic: 'Solving two-step equations with balance models',
    steps: [
      ['Launch: a hanger puzzle with two shapes', 'What do you know for sure?', ['The sides weigh the same', 'Guess and check'], 'Let students move the pieces', 'Do students reason about balance?'],
      ['Partners solve four hanger puzzles', 'What move keeps the hanger balanced?', ['Take the same off both sides', 'Take one side only'], 'Ask "is it still balanced?"', 'Which moves do students justify?'],
      ['Connect hangers to equations', 'How does each move show up in the equation?', ['Subtract from both sides', 'Divide both sides'], 'Write the equation beside the hanger', 'Do students match the steps?'],
      ['Solve 3x + 5 = 20 without a picture', 'How can you check your answer?', ['Substitute back', 'Draw a hanger'], 'Offer the hanger as a support', 'How many check their solution?'],
    ],
  },
];

export const FOCAL_DESCRIPTIONS = [
  'Draws careful diagrams and notices patterns quickly; shares more readily in pairs than with the whole class.',
  'Asks sharp questions and persists on hard problems; still building confidence with fraction notation.',
  'Explains ideas clearly in Spanish and English; often the first to try a new strategy.',
  'Listens closely and builds on classmates’ ideas; prefers to think before speaking.',
  'Confident with computation and eager to help others; working on explaining why a method works.',
] as const;

export const KNOWLEDGEABLE_OTHERS = ['Dr. Elena Marsh', 'Dr. Samuel Okoye', 'Prof. Ruth Delgado'] as const;
