import type { nlErrors } from '../nl/errors.ts';

export const enErrors: Record<keyof typeof nlErrors, string> = {
  'errors.badRequest': 'This request is not right. Check what you filled in.',
  'errors.validation': 'Not everything is filled in correctly. Look at the marked fields.',
  'errors.unauthenticated': 'You are not signed in (any more). Please sign in again.',
  'errors.forbidden': 'You do not have access to this part.',
  'errors.notFound': 'This does not exist (any more), or you have no access to it.',
  'errors.conflict': 'This clashes with something that already exists.',
  'errors.csrf': 'This page has expired. Reload the page and try again.',
  'errors.rateLimited': 'Too many attempts. Wait {seconds} seconds and try again.',
  'errors.payloadTooLarge': 'What you are sending is too large.',
  'errors.unsupportedMediaType': 'Kring cannot read this kind of data.',
  'errors.internal': 'Something went wrong on our side. Please try again later.',
  'errors.loginFailed': 'This email address and password do not match.',
  'errors.totpInvalid': 'This code is wrong or has expired. Look in your app for the new code.',
  'errors.totpRequired': 'Switch on two-step verification first to continue.',
  'errors.totpCannotDisable': 'Two-step verification is required for your role. You cannot switch it off.',
  'errors.totpNotStarted': 'Start setting up two-step verification first.',
  'errors.setupDone': 'Kring has already been set up. Sign in with your account.',
  'errors.setupTokenInvalid': 'This setup link is not valid (any more). Restart Kring for a new link.',
  'errors.tokenInvalid': 'This link is not valid (any more). Ask for a new one.',
  'errors.invitationForOtherAccount': 'This invitation is for a different email address.',
  'errors.passwordWrong': 'Your current password is not right.',
  'errors.confidantPassword': 'As a confidant you need a password of at least {min} characters.',
  'errors.alreadyMember': 'This person already has this role at this school.',
  'errors.teamNotEmpty': 'People still belong to this team. Remove them from the team first.',
  'errors.lastAdmin': 'This is the last administrator. Make someone else administrator first.',
  'errors.totpAlreadyOn': 'Two-step verification is already on. Switch it off first to link a new app.',
  'errors.sessionClosed': 'This conversation is closed; the data of the group has already been deleted.',
  'errors.notWritingTime':
    'You cannot write a recommendation now: that happens in the groups, once you are in one.',
  'errors.votingClosed': 'You cannot vote now: the facilitator opens the voting.',
  'errors.noVotesLeft': 'You have used all your votes. Take one back to vote differently.',
  'errors.groupsHavePostits':
    'The groups have already written post-its. New groups would show them to the wrong people.',
  'errors.tooManyPostits': 'There are so many post-its that no more fit. Remove duplicates first.',
  'errors.sessionFull': 'So many people have joined that nobody else can. Ask the facilitator.',
  'errors.sessionNotLive': 'This conversation is not (or no longer) running.',
  'errors.joinCodeUnknown':
    'We do not know this code, or the conversation has ended. Look at the screen again.',
  'errors.participantUnknown':
    'We no longer recognise this device for this conversation. Join again with the code.',
  'errors.notAssigned': 'You are not the facilitator of this conversation.',
  'errors.templateInUse': 'You cannot delete this template while it is needed.',
  'errors.notInSchool': 'This person does not belong to this school.',
  'errors.notOwner':
    'Only the person carrying out the action, or someone managing the action plan, can update its progress.',
  'errors.alreadyEvaluated': 'You have already filled in the evaluation. Thank you!',
  'errors.progressLinkUnknown':
    "This progress link does not work (any more). Ask the school's contact person for a new one.",
  'errors.notContactPerson': 'Only the contact person of this conversation sees the requests for aftercare.',
  'errors.noEvaluationNow':
    'The evaluation can only be filled in at the end of the conversation, while it is still running.',
  'validation.required': 'Fill in this field.',
  'validation.tooShort': 'Use at least {min} characters.',
  'validation.confidantPassword':
    'Use at least {min} characters. As a confidant your password guards the key to the reports, so it must be longer.',
  'validation.tooLong': 'Use at most {max} characters.',
  'validation.email': 'Enter a valid email address, such as name@school.nl.',
  'validation.choice': 'Choose one of the options.',
  'validation.number': 'Enter a number.',
  'validation.totpCode': 'Enter the 6 digits from your app.',
  'validation.invalid': 'This value is not right.',
  'validation.unknownField': 'Kring does not know this field: {field}.',
  'errors.speakingListenerSeat':
    'In this round this side only listens. Confirm that you want to record it anyway: it counts as a departure from the method.',
  'errors.facilitatorOwnTeam':
    'A facilitator from the listening team is a colleague of the people receiving the feedback. Students then hold back sooner, and the facilitator is no longer neutral in the conversation. Choose someone from outside this team, or ask an administrator to assign them anyway with a reason.',
  'errors.overrideAdminOnly': 'Only an administrator can assign a facilitator from their own team anyway.',
  'errors.observationEmpty': 'Fill something in first: an empty observation cannot be sent.',
  'errors.observationSent': 'This observation has been sent and can no longer change.',
  'errors.notObserver': 'You are not an observer of this conversation.',
  'errors.notFacilitator': 'Only the facilitators of this conversation can do this.',
  'validation.facilitatorOwnTeam': '{names} belongs to the listening team.',
  'validation.observerCandidate':
    'Choose facilitators of this school who do not lead this conversation themselves and are not part of the listening team.',
  'validation.intervisionMember': 'Choose facilitators of this school.',
  'validation.ownReflection': 'Choose one of your own reflections.',
  'errors.meldpuntNoAccess':
    'You cannot open this report yet. A fellow confidant grants you access as soon as they look at the reports, or an administrator with the recovery key.',
  'errors.meldpuntLocked': 'Sign in again with your password to open reports.',
  'errors.meldpuntWeakPassword':
    'First choose a password of at least {min} characters (under Your account). Then you can open reports.',
  'errors.meldpuntNotOpen':
    'This reporting point is not open yet: there is no confidant yet who can read reports. Talk to a teacher or mentor you trust, or call or chat with the Kindertelefoon (0800-0432).',
  'errors.recoveryKeyExists': 'This school already has a recovery key.',
  'errors.recoveryKeyWrong':
    'This recovery key does not belong to this school, or a character was copied wrongly.',
  'errors.receiptThrottled': 'Too many wrong codes. Try again in {seconds} seconds.',
  'errors.receiptUnknown': 'We do not know this code. Check the digits again.',
  'errors.receiptThrottledSecond': 'Too many wrong codes. Wait a second, then try again.',
  'errors.receiptThrottledMinutes':
    'Too many wrong codes. Try again in {minutes} minutes. Still not working? Talk to a teacher you trust.',
};
