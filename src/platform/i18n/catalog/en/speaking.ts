import type { nlSpeaking } from '../nl/speaking.ts';

/** Speaking time on the console and the observer's device, its prompts, and its part of the report (F1). */
export const enSpeaking: Record<keyof typeof nlSpeaking, string> = {
  'speaking.title': 'Speaking time',
  'speaking.secondDevice': 'Second device for speaking time',
  'speaking.unavailable': 'Speaking time cannot be shown right now. Please wait a moment.',
  'speaking.groups': 'Kring does not keep speaking time in groups.',
  'speaking.howTo':
    'Tap the seat of whoever speaks. Tap that seat again when it goes quiet. With a keyboard: press the key shown on the seat. Escape or space means: nobody speaks.',
  'speaking.noSeats': 'There are no seats yet. Everyone who joins with a phone gets a seat automatically.',
  'speaking.now': 'Speaking now',
  'speaking.nobody': 'Nobody',
  'speaking.nowSeat': '{seat} ({side})',
  'speaking.nowTime': 'This turn has lasted {time}.',
  'speaking.silence': 'Nobody speaks',
  'speaking.paused': 'The timer of this round is paused. While it is paused, speaking time does not count.',
  'speaking.deviations': 'Departures from the method in this round: {count}',
  'speaking.notSpoken.title': 'Has not spoken yet',
  'speaking.notSpoken.none': 'Everyone who may speak in this round has said something.',
  'speaking.seat.unnamed': 'Seat {number}',
  'speaking.seat.speakingNow': 'Speaking now: {time}',
  'speaking.seat.total': 'Total: {time}',
  'speaking.seat.share': '{percent}% of the speaking time (equal share: {equal}%)',
  'speaking.seat.shareOnly': '{percent}% of the speaking time',
  'speaking.seat.listenOnly': 'Listens in this round',
  'speaking.seat.notYet': 'Has not spoken yet',
  'speaking.group.inner': 'Inner circle: {side}',
  'speaking.group.outer': 'Outer circle: {side}',
  'speaking.group.near': 'On one side: {side}',
  'speaking.group.facing': 'Facing them: {side}',
  'speaking.group.circle': 'Everyone in the circle',
  'speaking.confirm.title': 'Give them the floor anyway?',
  'speaking.confirm.body':
    'In this round the {side} only listen. They do not speak. Do you give {seat} the floor anyway? Then Kring records it as a departure from the method. The report only shows how many departures there were.',
  'speaking.confirm.yes': 'Yes, {seat} speaks',
  'speaking.seats.title': 'Seats without a phone',
  'speaking.seats.hint':
    'For people taking part without a phone. These seats are called Seat 1, Seat 2, and so on.',
  'speaking.seats.count': '{side}: {count}',
  'speaking.seats.less': 'One seat fewer for {side}',
  'speaking.seats.more': 'One more seat for {side}',
  'speaking.prompts.title': 'Tips for you',
  'speaking.prompts.hint': 'Only you see these tips. You decide whether and how to use them.',
  'speaking.prompts.none': 'No tips right now. The conversation is in balance.',
  'speaking.prompts.light': 'Tip',
  'speaking.prompts.firm': 'Time to step in',
  'speaking.prompts.say': 'You could say, for example:',
  'speaking.prompt.longTurn.title': '{seat} has been speaking for a long time without a break.',
  'speaking.prompt.longTurn.1':
    '“Thank you, {seat}. What is the most important part of what you just told us?”',
  'speaking.prompt.longTurn.2':
    '“{seat}, let me interrupt you for a moment, so others get a turn too. What would you like to finish briefly?”',
  'speaking.prompt.longTurn.3':
    '“{seat}, I will stop you here. Your story matters, and the time belongs to everyone. Who would like to respond?”',
  'speaking.prompt.dominant.title': '{seat} has had much more speaking time than an equal share.',
  'speaking.prompt.dominant.1':
    '“Who recognises what {seat} describes? Or who has experienced it differently?”',
  'speaking.prompt.dominant.2':
    '“Thank you, {seat}. Now I am curious about the others. What would you like to add?”',
  'speaking.prompt.dominant.3':
    '“{seat}, your point is clear. I will now give the floor to someone who has said little so far.”',
  'speaking.prompt.invite.title': 'The round is almost over. Not heard yet: {seats}.',
  'speaking.prompt.invite.1':
    '“There is still a little time. What would you like to say about this, {seats}?”',
  'speaking.prompt.invite.2': '“I would like to hear from {seats} as well. What have you noticed?”',
  'speaking.prompt.invite.3':
    '“Before this round ends, I give the floor to {seats}. If you would rather just listen, that is fine too.”',
  'speaking.page.title': 'Speaking time: {title}',
  'speaking.page.loadingTitle': 'Speaking time',
  'speaking.page.back': 'Back to the conversation',
  'speaking.page.lead': 'Here you keep track of speaking time, alongside the facilitator.',
  'speaking.page.observation': 'To the observation form',
  'speaking.page.phase': 'Now: {phase}',
  'speaking.report.lead':
    'Per round: what share of the speaking time each side had, and how many seats said something. Kring keeps no speaking time per person.',
  'speaking.report.none': 'Speaking time was not tracked in this conversation.',
  'speaking.report.percent': '{percent}% of the speaking time',
  'speaking.report.hidden': 'not shown (one to four people spoke on a side)',
  'speaking.report.spoke': '{spoke} of {seats} seats spoke',
  'speaking.report.listenOnly': 'Only listening in this round: {side}.',
  'speaking.report.deviations': 'Departures from the method: {count}',
  'speaking.editor.title': 'Speaking-time tips',
  'speaking.editor.hint': 'When the facilitator gets a tip on screen. Leave a box empty to use the default.',
  'speaking.editor.longTurn': 'Long turn (minutes)',
  'speaking.editor.longTurnHint':
    'When someone speaks longer than this without a break, Kring suggests interrupting. Default: 3 minutes.',
  'speaking.editor.shareFactor': 'A lot of speaking time (times an equal share)',
  'speaking.editor.shareFactorHint':
    'When someone speaks more than this many equal shares, Kring suggests bringing in others. Default: 2 times. Choose 1.5 to 5.',
  'speaking.editor.endingSoon': 'End of the round (minutes)',
  'speaking.editor.endingSoonHint':
    'This many minutes before the end, Kring suggests inviting those who have not spoken. Default: 5 minutes.',
};
