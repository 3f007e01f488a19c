// The generated district's words: name parts, school names, lessons and the
// short phrases its notes, feedback and calibration sheets are made from.
// Every person and school is invented; names are drawn from these lists in
// combinations that belong to no one.

export const FIRST_NAMES = [
  'Ada', 'Adrian', 'Aiko', 'Alma', 'Amara', 'Andre', 'Anika', 'Ari', 'Beatriz', 'Bennett', 'Bianca', 'Caleb', 'Camila', 'Carmen', 'Cedric',
  'Celia', 'Chen', 'Dalia', 'Damon', 'Daria', 'Dev', 'Diego', 'Eamon', 'Edith', 'Elias', 'Emeka', 'Esme', 'Farah', 'Felix', 'Fiona',
  'Gabriel', 'Gemma', 'Gideon', 'Greta', 'Hector', 'Helena', 'Hugo', 'Imani', 'Ines', 'Iris', 'Isaac', 'Ivy', 'Jasper', 'Javier', 'Jia',
  'Jonah', 'Julia', 'Kai', 'Kamala', 'Keiko', 'Kofi', 'Lara', 'Leon', 'Lila', 'Lorenzo', 'Mabel', 'Malik', 'Mara', 'Mateo', 'Maya',
  'Milan', 'Mina', 'Nadia', 'Naveen', 'Nell', 'Nico', 'Noemi', 'Odessa', 'Omar', 'Opal', 'Oscar', 'Paloma', 'Pedro', 'Petra', 'Quinn',
  'Rafael', 'Rania', 'Reuben', 'Rhea', 'Rohan', 'Ruth', 'Sabine', 'Sami', 'Selma', 'Silas', 'Sofia', 'Soren', 'Tala', 'Tariq', 'Tess',
  'Tomas', 'Uma', 'Valeria', 'Victor', 'Wendell', 'Wren', 'Xiomara', 'Yusuf', 'Zadie', 'Zora',
];

export const LAST_NAMES = [
  'Abara', 'Aldana', 'Ambrose', 'Arvidsson', 'Asante', 'Bachman', 'Baptiste', 'Beaumont', 'Bhatt', 'Blackwood', 'Brennan', 'Caldera', 'Castellano',
  'Chandra', 'Cheung', 'Corbett', 'Cruz', 'Dahl', 'Delacroix', 'Demir', 'Dunmore', 'Eberhart', 'Echeverria', 'Ellison', 'Esposito', 'Farrow',
  'Ferreira', 'Fitzgerald', 'Fontaine', 'Galloway', 'Garza', 'Gill', 'Goldberg', 'Greenfield', 'Halvorsen', 'Hamada', 'Harlow', 'Herrera',
  'Holloway', 'Ibarra', 'Iwasaki', 'Jaramillo', 'Jovanovic', 'Kapoor', 'Keller', 'Kimura', 'Kowalski', 'Lachance', 'Lindgren', 'Lozano',
  'Madsen', 'Maldonado', 'Marchetti', 'Mbeki', 'Moreau', 'Nakashima', 'Navarro', 'Nguyen', 'Novak', 'Obi', 'Okonkwo', 'Olsen', 'Ortega',
  'Pacheco', 'Park', 'Pellegrino', 'Quintero', 'Rahman', 'Ramirez', 'Reyes', 'Rinaldi', 'Rosenthal', 'Saavedra', 'Salazar', 'Sandoval',
  'Schreiber', 'Serrano', 'Shapiro', 'Silva', 'Soto', 'Stavros', 'Sundberg', 'Tanaka', 'Thornton', 'Toledo', 'Trujillo', 'Umeh', 'Valdez',
  'Vance', 'Varga', 'Villanueva', 'Wakefield', 'Waller', 'Whitlock', 'Winslow', 'Xu', 'Yamamoto', 'Yilmaz', 'Zamora', 'Zielinski',
];

/** Place names for invented schools; the kind of school is added to each. */
export const SCHOOL_PLACES = [
  'Aspen Ridge', 'Bayview', 'Birch Hollow', 'Blue Oak', 'Buckeye', 'Canyon Vista', 'Cedar Grove', 'Clearwater', 'Cottonwood', 'Coyote Hills',
  'Desert Willow', 'Eastlake', 'Elm Street', 'Fairmeadow', 'Foothill', 'Golden Poppy', 'Granite Peak', 'Harbor Point', 'Hillcrest', 'Lupine Meadow',
  'Laurel Springs', 'Live Oak', 'Madrone', 'Manzanita', 'Meadowlark', 'Mesa Verde', 'Mission Bell', 'Oak Knoll', 'Pacific Crest', 'Pine Hollow',
  'Quail Run', 'Redwood Glen', 'Sagebrush', 'Sierra Vista', 'Sycamore', 'Tamarack', 'Valley Oak', 'Walnut Creek', 'Westwind', 'Willow Bend',
];

/** Calibration lessons: a filmed segment the raters score together. */
export const CALIBRATION_LESSONS: [lesson: string, video: string][] = [
  ['Grade 4 fractions on a number line', 'g4-fractions-number-line.mp4'],
  ['Grade 7 proportional relationships', 'g7-proportional-relationships.mp4'],
  ['Algebra 1 systems of equations', 'alg1-systems.mp4'],
  ['Grade 2 place value with base-ten blocks', 'g2-place-value.mp4'],
  ['Geometry: similar triangles', 'geo-similar-triangles.mp4'],
  ['Grade 6 ratio tables', 'g6-ratio-tables.mp4'],
  ['Grade 5 volume of rectangular prisms', 'g5-volume.mp4'],
  ['Grade 8 linear functions from tables', 'g8-linear-functions.mp4'],
];

/** Low-inference notes an observer might type, by TRU Math dimension. */
export const NOTE_PHRASES: Record<string, readonly string[]> = {
  mathematics: [
    'Task links the area model to the distributive property.',
    'Teacher asks why the two fractions are equivalent; a student draws a number line.',
    'Student: "I split 14 into 10 and 4, then doubled both."',
    'Teacher names the big idea: a ratio compares two quantities.',
    'Board shows three representations of the same function side by side.',
  ],
  'cognitive-demand': [
    'Open task with several entry points; groups work on it for 12 minutes.',
    'When a group is stuck the teacher tells them the next step.',
    'Groups argue about whether the pattern always holds.',
    'Most of the time goes to practising the procedure shown at the start.',
    'Teacher asks students to predict before calculating.',
  ],
  'equitable-access': [
    'Teacher calls on students with name cards; 14 of 26 speak.',
    'Sentence frames on the board; two pairs use them.',
    'Three students at the back do not start the task for 5 minutes.',
    'Teacher checks in with each table in turn.',
    'Manipulatives available on every table; most groups use them.',
  ],
  'agency-ownership-identity': [
    'A student presents her strategy and the class builds on it.',
    'Teacher: "Who agrees with that strategy, and why?"',
    'Students choose their own representation for the problem.',
    'Teacher restates student answers instead of asking students to explain.',
    'Two students revise their answer after hearing a classmate.',
  ],
  'formative-assessment': [
    'Exit ticket: "Which is larger, 3/8 or 2/5? Explain."',
    'Teacher asks "How do you know?" three times in the discussion.',
    'Teacher collects whiteboards and changes the next example.',
    'A wrong answer is taken up as a point for the whole class to discuss.',
    'Teacher circulates with a checklist of strategies seen.',
  ],
};

export const STRENGTHS = [
  'Students explained their thinking to each other throughout the group work.',
  'The launch gave every student a way into the task.',
  'You built the discussion on students’ own strategies.',
  'Clear connections between the representations on the board.',
  'Every student had a chance to show what they knew before the exit ticket.',
];

export const QUESTIONS = [
  'What did you learn from the exit tickets about who is ready to move on?',
  'How did you choose which strategies to share, and in what order?',
  'What might the students who did not speak have been thinking?',
  'Where in the lesson did students do the most reasoning?',
];

export const NEXT_STEPS = [
  'Try a “turn and talk” before taking answers in the whole-class discussion.',
  'Let a student present a partly correct strategy and have the class refine it.',
  'Plan two questions that press for justification during group work.',
  'Use the exit ticket results to form the groups for tomorrow.',
];

/** Why the expert panel gave an anchor score, by level (1 to 3). */
export const ANCHOR_RATIONALES = [
  'Little evidence in the segment: the reasoning stays with the teacher.',
  'Some evidence, but uneven: present in the launch and missing from the group work.',
  'Strong, consistent evidence across the whole segment.',
];

export const CONSENSUS_NOTES = [
  'Agreed after comparing what each of us wrote about the group work.',
  'Settled once we went back to the descriptor for the middle level.',
  'Most of us saw the same moments; the difference was how much weight to give the launch.',
];
